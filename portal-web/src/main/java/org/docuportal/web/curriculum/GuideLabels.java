package org.docuportal.web.curriculum;

import org.docuportal.catalog.domain.LanguageTags;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Names of guide languages as the studio's and readers' pages show them: "Korean (ko)" rather than a bare code. */
@Named
@ApplicationScoped
public class GuideLabels {

    public String language(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = LanguageTags.englishName(code);
        return name.isEmpty() || name.equals(code) ? code : name + " (" + code + ")";
    }
}
