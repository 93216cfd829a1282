package org.docuportal.impact.application;

import org.docuportal.impact.domain.SurveyInputException;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.config.Setting;

/** Small helpers the impact services share: the survey link, and domain refusals as input errors naming the field. */
final class Surveys {

    private Surveys() {
    }

    /** The public address of a survey, for its link and QR code. */
    static String link(String publicCode) {
        String base = Setting.BASE_URL.valueOr("http://localhost:8080");
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/survey.xhtml?s=" + publicCode;
    }

    static InvalidInputException invalid(SurveyInputException e) {
        return InvalidInputException.of(e.field(), e.getMessage());
    }
}
