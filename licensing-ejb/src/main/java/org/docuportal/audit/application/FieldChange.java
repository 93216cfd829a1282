package org.docuportal.audit.application;

import java.io.Serializable;

/**
 * One field of an audited subject, before and after a change.
 *
 * @param before null where the field had no value or the subject did not exist
 * @param changed whether both snapshots exist and the values differ; a creation or a deletion marks nothing as changed
 */
public record FieldChange(String field, String before, String after, boolean changed) implements Serializable {
}
