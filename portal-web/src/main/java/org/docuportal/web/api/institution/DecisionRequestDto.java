package org.docuportal.web.api.institution;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reviewer's decision: APPROVE, REJECT, REQUEST_INFO or SUSPEND, and the reason the institution will read. */
public record DecisionRequestDto(@Schema(required = true, enumeration = {"APPROVE", "REJECT", "REQUEST_INFO", "SUSPEND"}) String decision,
                                 @Schema(required = true, maxLength = 2000) String reason) {
}
