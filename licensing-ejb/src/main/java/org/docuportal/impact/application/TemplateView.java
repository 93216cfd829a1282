package org.docuportal.impact.application;

import java.io.Serializable;
import java.util.List;

/** A film's survey statements, and whether they are the film's own or the generic ones. */
public record TemplateView(String titleSlug, String title, List<String> items, boolean generic)
        implements Serializable {
}
