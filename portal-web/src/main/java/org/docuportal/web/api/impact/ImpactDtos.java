package org.docuportal.web.api.impact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.docuportal.impact.application.ImpactReport;
import org.docuportal.impact.application.PolicyEventView;
import org.docuportal.impact.application.ScreeningView;
import org.docuportal.impact.domain.ChangeEstimate;
import org.docuportal.impact.domain.GroupIndicators;
import org.docuportal.shared.application.CalendarDates;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The impact API's JSON shapes and their assembly from the services' views. Figures are rounded to
 * three decimals: the answers are whole points on a five-point scale, more digits would claim a
 * precision the data does not have.
 */
final class ImpactDtos {

    private ImpactDtos() {
    }

    /** A screening to open: the film's slug and the day (yyyy-mm-dd). */
    public record NewScreeningDto(@Schema(required = true, maxLength = 100, description = "The film's slug") String title,
                                  @Schema(required = true, format = "date") String screeningDate) {
    }

    /** A screening survey as its institution's members see it. */
    public record ScreeningDto(long id, String title, String titleName, String institution, LocalDate screeningDate,
                               String status, List<String> items, boolean itemsEditable, String link, String qrCode,
                               int preCount, int postCount, int pairedCount) {

        static ScreeningDto of(ScreeningView v) {
            return new ScreeningDto(v.id(), v.titleSlug(), v.title(), v.institution(), v.screeningDate(), v.status(), v.items(),
                    v.itemsEditable(), v.link(), "api/screenings/" + v.id() + "/qr.png", v.preCount(), v.postCount(),
                    v.pairedCount());
        }
    }

    /** Survey statements, in order. */
    public record ItemsDto(@Schema(required = true, minItems = 1, maxItems = 10, minLength = 10, maxLength = 300) List<String> items) {
    }

    /** A film's survey template. */
    public record TemplateDto(String title, String titleName, List<String> items, boolean generic) {
    }

    /** A survey as a participant sees it. */
    public record SurveyDto(String titleName, LocalDate screeningDate, List<String> items, boolean open,
                            List<String> scale) {
    }

    /** One participant's answers: phase PRE or POST, one value 1-5 per statement, and for POST the code kept from PRE. */
    public record ResponseDto(@Schema(required = true, enumeration = {"PRE", "POST"}) String phase,
                              @Schema(required = true, minimum = "1", maximum = "5", maxItems = 10,
                                      description = "One answer per statement, in order") List<Integer> answers,
                              @Schema(maxLength = 64, description = "For POST: the code the PRE answer gave") String pairingCode) {
    }

    /** The answer's receipt: for PRE the pairing code to write down; for POST whether it was paired. */
    @Schema(name = "SurveyReceipt")
    public record ReceiptDto(@Schema(enumeration = {"PRE", "POST"}) String phase, String pairingCode, boolean paired) {
    }

    /** A policy event to record. */
    public record NewPolicyEventDto(@Schema(required = true, maxLength = 100, description = "The film's slug") String title,
                                    @Schema(required = true, format = "date") String date,
                                    @Schema(required = true, minLength = 3, maxLength = 200) String body,
                                    @Schema(pattern = "^[A-Za-z]{2}$", description = "Empty for an international body") String country,
                                    @Schema(required = true, minLength = 3, maxLength = 500) String reference,
                                    @Schema(maxLength = 2000) String note) {
    }

    public record PolicyEventDto(long id, String title, String titleName, LocalDate date, String body, String country,
                                 String reference, String note, String recordedBy) {

        static PolicyEventDto of(PolicyEventView v) {
            return new PolicyEventDto(v.id(), v.titleSlug(), v.title(), v.date(), v.body(), v.country(), v.reference(), v.note(),
                    v.recordedBy());
        }
    }

    /** A mean change with its 95% confidence interval. */
    @Schema(name = "ChangeEstimate")
    public record ChangeDto(int n, BigDecimal mean, BigDecimal low, BigDecimal high) {

        static ChangeDto of(ChangeEstimate c) {
            return c == null ? null : new ChangeDto(c.n(), round(c.mean()), round(c.low()), round(c.high()));
        }
    }

    public record ItemChangeDto(String statement, ChangeDto change) {
    }

    /** One group of the report; a hidden group carries its kind, key and label only. */
    public record GroupDto(String kind, String key, String label, boolean hidden, Integer screenings, Integer preCount,
                           Integer postCount, Integer pairedCount, ChangeDto overall, List<ItemChangeDto> items,
                           BigDecimal shareRose) {

        static GroupDto of(GroupIndicators g) {
            if (g.hidden()) {
                return new GroupDto(g.kind().name(), g.key(), g.label(), true, null, null, null, null, null, null, null);
            }
            return new GroupDto(g.kind().name(), g.key(), g.label(), false, g.screenings(), g.preCount(), g.postCount(),
                    g.pairedCount(), ChangeDto.of(g.overall()),
                    g.items().stream().map(i -> new ItemChangeDto(i.statement(), ChangeDto.of(i.change()))).toList(),
                    round(g.shareRose()));
        }
    }

    public record ImpactReportDto(String title, String titleName, String scope, int minimumGroupSize, double confidence,
                                  int closedScreenings, int openScreenings, long policyEventsWithinSixMonths,
                                  List<GroupDto> groups) {

        static ImpactReportDto of(ImpactReport r) {
            return new ImpactReportDto(r.titleSlug(), r.title(), r.scope(), r.minimumGroupSize(), ChangeEstimate.CONFIDENCE,
                    r.closedScreenings(), r.openScreenings(), r.policyEventsWithinSixMonths(),
                    r.groups().stream().map(GroupDto::of).toList());
        }
    }

    static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP);
    }

    static LocalDate date(String field, String value) {
        return CalendarDates.parse(field, value).orElse(null);
    }
}
