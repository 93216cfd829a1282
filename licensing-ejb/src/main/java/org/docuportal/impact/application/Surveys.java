package org.docuportal.impact.application;

import org.docuportal.impact.domain.SurveyInputException;
import org.docuportal.shared.application.InvalidInputException;

/** Small helpers the impact services share: the survey page's path, and domain refusals as input errors naming the field. */
final class Surveys {

    private Surveys() {
    }

    /** The path of a survey's page, which {@link org.docuportal.shared.application.PublicAddress} turns into its link and QR code. */
    static String path(String publicCode) {
        return "survey.xhtml?s=" + publicCode;
    }

    static InvalidInputException invalid(SurveyInputException e) {
        return InvalidInputException.of(e.field(), e.getMessage());
    }
}
