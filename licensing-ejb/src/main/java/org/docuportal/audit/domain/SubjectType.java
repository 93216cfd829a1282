package org.docuportal.audit.domain;

/** What kind of thing an administrative change touched; stored by name, so names never change. */
public enum SubjectType {
    LICENSE,
    ORDER,
    QUOTE,
    TITLE,
    CATALOG,
    RIGHTS_WINDOW,
    OFFER,
    MEDIA,
    STUDY_GUIDE,
    POLICY_EVENT,
    SURVEY_TEMPLATE,
    PAYMENT_ALERT,
    SCREENER_REQUEST,
    STAFF_ACCOUNT,
    STAFF_INVITATION,
    INSTITUTION,
    MEMBERSHIP,
    INVITATION,
    SUPPORTING_DOCUMENT,
    MAIL
}
