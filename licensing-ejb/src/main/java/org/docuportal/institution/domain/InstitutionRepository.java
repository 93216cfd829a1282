package org.docuportal.institution.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where institutions, their members and their review trail are kept. Implementations join the caller's transaction. */
public interface InstitutionRepository {

    void add(Institution institution);

    Optional<Institution> find(long id);

    List<Institution> withStatus(InstitutionStatus status);

    /** Other institutions that registered the same registry id. */
    List<Institution> sharingRegistryId(Institution institution);

    /** Other institutions that claim one of the same email domains. */
    List<Institution> sharingEmailDomain(Institution institution);

    /** Other institutions that claim one of the given domains (an administrator's proposed ones, say). */
    List<Institution> claimingEmailDomains(Institution institution, Collection<String> domains);

    /** Other institutions with an IP range (in force or proposed) that shares addresses with one of the given ranges. */
    List<Institution> overlappingIpRanges(Institution institution, Collection<String> ranges);

    /** Institutions whose administrators proposed a change of domains or ranges that waits for review, oldest first. */
    List<Institution> withNetworkChangeWaiting();

    void add(Membership membership);

    /** The membership of the account with this email, if it belongs to an institution. */
    Optional<Membership> membershipOf(String email);

    List<Membership> membersOf(Institution institution);

    Optional<Membership> membership(long id);

    void add(Invitation invitation);

    Optional<Invitation> invitationByTokenHash(String tokenHash);

    Optional<Invitation> invitation(long id);

    /** The institution's invitations that were neither accepted nor revoked, newest first (expired ones included). */
    List<Invitation> unansweredInvitationsOf(Institution institution);

    void add(SupportingDocument document);

    /** The institution's documents, oldest first, without loading their content. */
    List<SupportingDocument> documentsOf(Institution institution);

    Optional<SupportingDocument> document(long id);

    void add(ReviewDecision decision);

    /** The institution's review trail, oldest first. */
    List<ReviewDecision> decisionsOn(Institution institution);
}
