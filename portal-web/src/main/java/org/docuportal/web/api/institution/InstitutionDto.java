package org.docuportal.web.api.institution;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An institution as reviewers see it, with the evidence for a decision and its review trail. */
public record InstitutionDto(long id, String name, String type, String country, String address, String website,
                             String registryId, List<String> emailDomains, List<String> ipRanges, String sizeBand,
                             String status, String registeredAt, List<AdministratorDto> administrators,
                             List<DuplicateDto> duplicates,
                             List<DocumentDto> documents, List<DecisionDto> decisions,
                             @Schema(description = "A change of email domains and IP ranges waiting for review; absent when none waits")
                             NetworkChangeDto networkChange) {

    /** The email domains and IP ranges an administrator proposed; those above stay in force until a reviewer approves. */
    public record NetworkChangeDto(List<String> emailDomains, List<String> ipRanges, String proposedBy,
                                   @Schema(format = "date-time") String proposedAt) {
    }

    /** A document the institution uploaded; {@code href} downloads it. */
    public record DocumentDto(long id, String fileName, String contentType, int size, String uploadedBy,
                              String uploadedAt, String href) {
    }

    /** An administrator, and whether they confirmed their email address. */
    public record AdministratorDto(String email, String name, boolean emailVerified) {
    }

    /** Another institution sharing a registry id, an email domain or overlapping IP ranges. */
    public record DuplicateDto(long id, String name, String status, String shared) {
    }

    /** One entry of the audit trail. */
    @Schema(name = "ReviewDecision")
    public record DecisionDto(String decision, String reason, String reviewer, String statusBefore,
                              String statusAfter, @Schema(format = "date-time") String decidedAt) {
    }
}
