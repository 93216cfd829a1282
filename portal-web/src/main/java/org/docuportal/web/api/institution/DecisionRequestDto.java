package org.docuportal.web.api.institution;

/** A reviewer's decision: APPROVE, REJECT, REQUEST_INFO or SUSPEND, and the reason the institution will read. */
public record DecisionRequestDto(String decision, String reason) {
}
