package org.docuportal.audit.domain;

/**
 * The stable code of an administrative change. Stored and filtered by name: rename none, only add.
 * Each code names the kind of subject it touches, so that a row's subject type follows from its
 * action and cannot disagree with it.
 */
public enum AuditAction {
    LICENSE_ISSUED(SubjectType.LICENSE),
    LICENSE_REVOKED(SubjectType.LICENSE),
    PAYMENT_RECORDED(SubjectType.ORDER),
    PURCHASE_APPROVED(SubjectType.QUOTE),
    PURCHASE_DECLINED(SubjectType.QUOTE),
    TITLE_CREATED(SubjectType.TITLE),
    TITLE_UPDATED(SubjectType.TITLE),
    TITLE_PUBLICATION_CHANGED(SubjectType.TITLE),
    TITLE_POSTER_CHANGED(SubjectType.TITLE),
    AVAILS_IMPORTED(SubjectType.CATALOG),
    RIGHTS_WINDOW_ADDED(SubjectType.RIGHTS_WINDOW),
    RIGHTS_WINDOW_AMENDED(SubjectType.RIGHTS_WINDOW),
    RIGHTS_WINDOW_WITHDRAWN(SubjectType.RIGHTS_WINDOW),
    OFFER_CREATED(SubjectType.OFFER),
    OFFER_WITHDRAWN(SubjectType.OFFER),
    MEDIA_UPLOADED(SubjectType.MEDIA),
    SUBTITLES_SAVED(SubjectType.MEDIA),
    SUBTITLES_DELETED(SubjectType.MEDIA),
    CHAPTERS_SAVED(SubjectType.MEDIA),
    GUIDE_DRAFT_SAVED(SubjectType.STUDY_GUIDE),
    GUIDE_PUBLISHED(SubjectType.STUDY_GUIDE),
    GUIDE_ATTACHMENT_ADDED(SubjectType.STUDY_GUIDE),
    GUIDE_ATTACHMENT_REMOVED(SubjectType.STUDY_GUIDE),
    POLICY_EVENT_RECORDED(SubjectType.POLICY_EVENT),
    POLICY_EVENT_DELETED(SubjectType.POLICY_EVENT),
    SURVEY_TEMPLATE_REPLACED(SubjectType.SURVEY_TEMPLATE),
    PAYMENT_ALERT_RESOLVED(SubjectType.PAYMENT_ALERT),
    SCREENER_APPROVED(SubjectType.SCREENER_REQUEST),
    SCREENER_DECLINED(SubjectType.SCREENER_REQUEST),
    SCREENER_LINK_SENT_AGAIN(SubjectType.SCREENER_REQUEST),
    STAFF_INVITED(SubjectType.STAFF_INVITATION),
    STAFF_JOINED(SubjectType.STAFF_ACCOUNT),
    STAFF_DISABLED(SubjectType.STAFF_ACCOUNT),
    STAFF_ENABLED(SubjectType.STAFF_ACCOUNT),
    INSTITUTION_REVIEWED(SubjectType.INSTITUTION),
    INSTITUTION_SETTINGS_CHANGED(SubjectType.INSTITUTION),
    NETWORK_CHANGE_PROPOSED(SubjectType.INSTITUTION),
    NETWORK_CHANGE_APPROVED(SubjectType.INSTITUTION),
    NETWORK_CHANGE_DECLINED(SubjectType.INSTITUTION),
    DOCUMENT_UPLOADED(SubjectType.SUPPORTING_DOCUMENT),
    MEMBER_INVITED(SubjectType.INVITATION),
    INVITATION_REVOKED(SubjectType.INVITATION),
    INVITATION_RESENT(SubjectType.INVITATION),
    MEMBER_APPROVED(SubjectType.MEMBERSHIP),
    MAIL_RETRIED(SubjectType.MAIL);

    private final SubjectType subjectType;

    AuditAction(SubjectType subjectType) {
        this.subjectType = subjectType;
    }

    public SubjectType subjectType() {
        return subjectType;
    }
}
