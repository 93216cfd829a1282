package org.docuportal.web.api.institution;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.docuportal.institution.application.InstitutionView;
import org.docuportal.institution.application.Registration;

/** Maps between institution views and the API's DTOs. */
final class InstitutionDtoAssembler {

    private InstitutionDtoAssembler() {
    }

    static InstitutionDto toDto(InstitutionView v) {
        return new InstitutionDto(v.id(), v.name(), v.type().name(), v.country(), v.address(), v.website(),
                v.registryId(), sorted(v.emailDomains()), sorted(v.ipRanges()), v.sizeBand().name(),
                v.status().name(), v.registeredAt().toString(),
                v.administrators().stream()
                        .map(a -> new InstitutionDto.AdministratorDto(a.email(), a.name(), a.emailVerified()))
                        .toList(),
                v.duplicates().stream()
                        .map(d -> new InstitutionDto.DuplicateDto(d.id(), d.name(), d.status().name(), d.sharedValue()))
                        .toList(),
                v.documents().stream()
                        .map(d -> new InstitutionDto.DocumentDto(d.id(), d.fileName(), d.contentType(), d.size(),
                                d.uploadedBy(), d.uploadedAt().toString(),
                                "/api/admin/institutions/" + v.id() + "/documents/" + d.id()))
                        .toList(),
                v.decisions().stream()
                        .map(d -> new InstitutionDto.DecisionDto(d.decision().name(), d.reason(), d.reviewer(),
                                d.statusBefore().name(), d.statusAfter().name(), d.decidedAt().toString()))
                        .toList(),
                v.networkChange() == null ? null
                        : new InstitutionDto.NetworkChangeDto(sorted(v.networkChange().emailDomains()),
                                sorted(v.networkChange().ipRanges()), v.networkChange().proposedBy(),
                                v.networkChange().proposedAt().toString()));
    }

    static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }

    /** In the order sent, so that errors come in that order too; null entries are kept for the check to name. */
    static Set<String> ordered(List<String> values) {
        return values == null ? Set.of() : new LinkedHashSet<>(values);
    }

    static Registration toRegistration(RegistrationDto d) {
        return new Registration(d.name(), d.type(), d.country(), d.address(), d.website(), d.registryId(),
                ordered(d.emailDomains()), ordered(d.ipRanges()), d.sizeBand(),
                d.adminName(), d.adminEmail(), d.adminPassword());
    }
}
