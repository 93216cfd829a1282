package org.docuportal.web.api.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.docuportal.licensing.application.AffectedLicenseView;
import org.docuportal.licensing.application.RightsChangeOutcome;
import org.docuportal.licensing.application.RightsChangeView;
import org.docuportal.licensing.application.RightsForm;
import org.docuportal.licensing.application.RightsIssueView;
import org.docuportal.licensing.application.RightsWindowView;
import org.docuportal.licensing.application.TitleRightsOverview;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The rights API's DTOs and their assembly from the rights studio's views. Dates are ISO strings. */
final class RightsDtos {

    private RightsDtos() {
    }

    /**
     * A window to add (every field) or an amendment (territory, exclusions, end; absent fields keep
     * what the window has). {@code territory} takes the avails CSV syntax: {@code WORLDWIDE} or {@code KR;JP;US}.
     */
    public record RightsRequestDto(@Schema(enumeration = {"EDUCATIONAL", "NON_THEATRICAL", "LINEAR_TV", "TVOD", "SVOD", "AVOD", "FVOD"}, description = "Required to add a window") String rightType,
                                   @Schema(maxLength = 1000, example = "KR;JP;US", description = "WORLDWIDE or ISO 3166-1 codes separated by ;") String territory,
                                   Boolean worldwide,
                                   @Schema(pattern = "^[A-Za-z]{2}$", example = "[\"KR\", \"JP\"]") List<String> countries,
                                   @Schema(pattern = "^[A-Za-z]{2}$") List<String> excludedCountries,
                                   @Schema(format = "date", description = "Required to add a window") String startDate,
                                   @Schema(format = "date", description = "Inclusive; empty or absent for open-ended") String endDate,
                                   Boolean openEnded,
                                   @Schema(maxLength = 1000, description = "Why; required unless dryRun") String reason,
                                   Boolean dryRun) {

        RightsForm form() {
            return new RightsForm(rightType, territory, worldwide, countries, excludedCountries, startDate, endDate,
                    openEnded, reason);
        }

        boolean isDryRun() {
            return Boolean.TRUE.equals(dryRun);
        }
    }

    public record WindowDto(long id, @Schema(enumeration = {"EDUCATIONAL", "NON_THEATRICAL", "LINEAR_TV", "TVOD", "SVOD", "AVOD", "FVOD"}) String rightType, boolean worldwide, List<String> countries,
                            List<String> excludedCountries, String territory, @Schema(format = "date") String startDate,
                            @Schema(format = "date") String endDate) {

        static WindowDto of(RightsWindowView w) {
            return w == null ? null : new WindowDto(w.id(), w.rightType().name(), w.worldwide(), w.countries(),
                    w.excludedCountries(), w.territory(), text(w.startDate()), text(w.endDate()));
        }
    }

    @Schema(name = "RightsChange")
    public record ChangeDto(long id, long windowId, String action, String before, String after, String reason,
                            String changedBy, @Schema(format = "date-time") String changedAt) {

        static ChangeDto of(RightsChangeView c) {
            return c == null ? null : new ChangeDto(c.id(), c.windowId(), c.action().name(), c.before(), c.after(),
                    c.reason(), c.changedBy(), text(c.changedAt()));
        }
    }

    @Schema(name = "AffectedLicense")
    public record LicenseDto(long id, String reference, String institution, String country, String rightType,
                             String start, String end) {

        static LicenseDto of(AffectedLicenseView l) {
            return new LicenseDto(l.licenseId(), l.reference(), l.institution(), l.country(), l.rightType().name(),
                    text(l.start()), text(l.end()));
        }
    }

    public record FlaggedLicenseDto(LicenseDto license, long changeId, String action, String reason, String changedBy,
                                    String flaggedAt, boolean stillOutside) {

        static FlaggedLicenseDto of(RightsIssueView i) {
            return new FlaggedLicenseDto(LicenseDto.of(i.license()), i.changeId(), i.action().name(), i.reason(),
                    i.changedBy(), text(i.flaggedAt()), i.stillOutside());
        }
    }

    public record TitleRightsDto(String slug, String title, List<WindowDto> windows,
                                 List<FlaggedLicenseDto> flaggedLicenses, List<ChangeDto> history) {

        static TitleRightsDto of(TitleRightsOverview o) {
            return new TitleRightsDto(o.slug(), o.title(), o.windows().stream().map(WindowDto::of).toList(),
                    o.flaggedLicenses().stream().map(FlaggedLicenseDto::of).toList(),
                    o.history().stream().map(ChangeDto::of).toList());
        }
    }

    /** What a change did, or would do: {@code change} is null on a dry run, {@code window} after a withdrawal. */
    public record RightsChangeDto(boolean dryRun, WindowDto window, ChangeDto change, List<LicenseDto> affectedLicenses) {

        static RightsChangeDto of(RightsChangeOutcome o) {
            return new RightsChangeDto(o.dryRun(), WindowDto.of(o.window()), ChangeDto.of(o.change()),
                    o.affectedLicenses().stream().map(LicenseDto::of).toList());
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
