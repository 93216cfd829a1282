package org.docuportal.web.api.licensing;

import java.util.List;

import org.docuportal.licensing.application.LicenseView;
import org.docuportal.licensing.application.OfferView;
import org.docuportal.licensing.application.OrderView;
import org.docuportal.licensing.application.PurchaseView;
import org.docuportal.licensing.application.QuoteView;
import org.docuportal.shared.domain.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The licensing API's DTOs and their assembly from the services' views. */
final class LicensingDtos {

    private LicensingDtos() {
    }

    /** An exact amount: {@code amount} is a decimal string, never a floating-point number. */
    @Schema(name = "Money")
    public record MoneyDto(@Schema(pattern = "^-?[0-9]+(\\.[0-9]+)?$", example = "249.00") String amount,
                           @Schema(pattern = "^[A-Z]{3}$", example = "USD") String currency) {

        static MoneyDto of(Money m) {
            return m == null ? null : new MoneyDto(m.amount().toPlainString(), m.currency());
        }
    }

    public record OfferDto(long id, String title, String kind, String description, String rightType, int termMonths,
                           Integer streamCap, Integer audienceCap, MoneyDto yourPrice) {

        static OfferDto of(OfferView o) {
            return new OfferDto(o.id(), o.titleSlug(), o.kind().name(), o.description(), o.rightType().name(),
                    o.termMonths(), o.streamCap(), o.audienceCap(), MoneyDto.of(o.yourPrice()));
        }
    }

    /**
     * An offer as platform administrators see it: its whole price table and whether it is still
     * sold ({@code status} ACTIVE or WITHDRAWN, {@code withdrawnAt} when known).
     */
    public record AdminOfferDto(long id, String title, String kind, String description, String rightType, int termMonths,
                                Integer streamCap, Integer audienceCap, String currency, List<PriceDto> prices,
                                String status, String withdrawnAt) {

        static AdminOfferDto of(OfferView o) {
            return new AdminOfferDto(o.id(), o.titleSlug(), o.kind().name(), o.description(), o.rightType().name(),
                    o.termMonths(), o.streamCap(), o.audienceCap(), o.currency(),
                    o.prices().stream().map(p -> new PriceDto(p.institutionType(), p.sizeBand(), p.price().amount().toPlainString()))
                            .toList(),
                    o.active() ? "ACTIVE" : "WITHDRAWN", o.withdrawnAt() == null ? null : o.withdrawnAt().toString());
        }
    }

    /** One cell of an offer's price table. */
    public record PriceDto(String institutionType, String sizeBand, String amount) {
    }

    public record QuoteRequestDto(@Schema(required = true, minimum = "1") Long offerId,
                                  @Schema(required = true, format = "date", description = "First day of the license") String start) {
    }

    public record QuoteDecisionDto(@Schema(required = true) Boolean approve,
                                   @Schema(maxLength = 1000, description = "Required when declining") String reason) {
    }

    public record QuoteLineDto(String description, int quantity, MoneyDto unitPrice, MoneyDto amount) {
    }

    public record QuoteDto(long id, String reference, String institution, String title, String offer, String start,
                           String end, List<QuoteLineDto> lines, MoneyDto total, @Schema(format = "date") String validUntil, String status,
                           String decisionReason,
                           @Schema(description = "A warning, not a refusal: the institution's active or scheduled licenses of the same"
                                   + " film, kind and right that share days with this term. Ordering pays for those days again"
                                   + " (and adds streams). Empty when there is none.")
                           List<OverlappingLicenseDto> overlappingLicenses) {

        static QuoteDto of(QuoteView q) {
            return new QuoteDto(q.id(), q.reference(), q.institution(), q.titleSlug(), q.offer(), q.start().toString(),
                    q.end().toString(),
                    q.lines().stream().map(l -> new QuoteLineDto(l.description(), l.quantity(), MoneyDto.of(l.unitPrice()),
                            MoneyDto.of(l.amount()))).toList(),
                    MoneyDto.of(q.total()), q.validUntil().toString(), q.status().name(), q.decisionReason(),
                    q.overlapping().stream().map(h -> new OverlappingLicenseDto(h.id(), h.reference(), h.start().toString(),
                            h.end().toString(), h.state().name())).toList());
        }
    }

    @Schema(name = "OverlappingLicense")
    public record OverlappingLicenseDto(long id, String reference, @Schema(format = "date") String start,
                                        @Schema(format = "date") String end, String status) {
    }

    public record OrderRequestDto(@Schema(required = true, minimum = "1") Long quoteId,
                                  @Schema(required = true, maxLength = 50, description = "One of the payment methods offered") String paymentMethod,
                                  @Schema(maxLength = 100) String purchaseOrderNumber) {
    }

    public record PaymentRecordDto(@Schema(maxLength = 500) String note) {
    }

    public record OrderDto(long id, String reference, long quoteId, String institution, String title, MoneyDto total,
                           String paymentMethod, String purchaseOrderNumber, String status, String redirectUrl,
                           String instructions, String paymentRequest, String paymentRequestError) {

        static OrderDto of(OrderView o) {
            return new OrderDto(o.id(), o.reference(), o.quoteId(), o.institution(), o.title(), MoneyDto.of(o.total()),
                    o.paymentMethod(), o.purchaseOrderNumber(), o.status().name(), o.redirectUrl(), o.instructions(),
                    o.paymentRequest().name(), o.paymentRequestError());
        }
    }

    @Schema(name = "License")
    public record LicenseDto(long id, String reference, String institution, String title, String kind,
                             @Schema(enumeration = {"EDUCATIONAL", "NON_THEATRICAL", "LINEAR_TV", "TVOD", "SVOD", "AVOD", "FVOD"}) String rightType,
                             @Schema(format = "date") String start, @Schema(format = "date") String end, Integer streamCap, Integer audienceCap,
                             @Schema(enumeration = {"SCHEDULED", "ACTIVE", "EXPIRED", "REVOKED"},
                                     description = "On today's date: SCHEDULED before the first day, ACTIVE during the term, EXPIRED after it, or REVOKED")
                             String status,
                             @Schema(description = "Days of the term left, today counted (1 on the last day); only while ACTIVE") Long daysLeft,
                             @Schema(description = "Days until the first day (1 the day before); only while SCHEDULED") Long daysUntilStart,
                             @Schema(description = "Whether members may stream the film under it today") boolean watchable,
                             String order) {

        static LicenseDto of(LicenseView l) {
            return new LicenseDto(l.id(), l.reference(), l.institution(), l.titleSlug(), l.kind().name(), l.rightType().name(),
                    l.start().toString(), l.end().toString(), l.streamCap(), l.audienceCap(), l.state().name(),
                    l.daysLeft(), l.daysUntilStart(), l.watchable(), l.orderReference());
        }
    }

    /**
     * A quote of the caller's institution with its order and license, and what comes next, as
     * {@code GET /api/quotes} lists them.
     */
    @Schema(name = "Purchase")
    public record PurchaseDto(long id, String reference, @Schema(description = "The film's slug") String title,
                              @Schema(description = "The film's name") String titleName, String offer,
                              @Schema(format = "date") String start, @Schema(format = "date") String end, MoneyDto total,
                              @Schema(format = "date-time") String createdAt, @Schema(format = "date") String validUntil,
                              @Schema(enumeration = {"AWAITING_APPROVAL", "OPEN", "DECLINED", "ORDERED"}) String status,
                              String requestedBy, String decisionReason,
                              @Schema(description = "The order placed for the quote; absent until there is one") PurchaseOrderDto order,
                              @Schema(description = "The license issued when the order was paid; absent until then") PurchaseLicenseDto license,
                              @Schema(enumeration = {"AWAITING_APPROVAL", "READY_TO_ORDER", "AWAITING_PAYMENT", "LICENSED",
                                      "DECLINED", "EXPIRED", "CLOSED"}, description = "What comes next for this purchase")
                              String nextStep,
                              @Schema(description = "nextStep in words, in English") String nextStepDescription) {

        private static final java.util.ResourceBundle WORDS = java.util.ResourceBundle.getBundle(
                "org.docuportal.web.messages", java.util.Locale.ENGLISH);

        static PurchaseDto of(PurchaseView p) {
            return new PurchaseDto(p.quoteId(), p.quoteReference(), p.titleSlug(), p.title(), p.offer(), p.start().toString(),
                    p.end().toString(), MoneyDto.of(p.total()), p.createdAt().toString(), p.validUntil().toString(),
                    p.status().name(), p.requestedBy(), p.decisionReason(),
                    p.orderId() == null ? null : new PurchaseOrderDto(p.orderId(), p.orderReference(), p.orderStatus().name(),
                            p.orderedAt().toString(), p.purchaseOrderNumber()),
                    p.licenseId() == null ? null : new PurchaseLicenseDto(p.licenseId(), p.licenseReference(),
                            p.licenseState().name(), p.watchable()),
                    p.nextStep().name(), WORDS.getString("purchase.next." + p.nextStep().name()));
        }
    }

    @Schema(name = "PurchaseOrder")
    public record PurchaseOrderDto(long id, String reference,
                                   @Schema(enumeration = {"AWAITING_PAYMENT", "PAID", "REFUNDED", "CANCELLED"}) String status,
                                   @Schema(format = "date-time") String createdAt, String purchaseOrderNumber) {
    }

    @Schema(name = "PurchaseLicense")
    public record PurchaseLicenseDto(long id, String reference,
                                     @Schema(enumeration = {"SCHEDULED", "ACTIVE", "EXPIRED", "REVOKED"}) String status,
                                     @Schema(description = "Whether members may stream the film under it today") boolean watchable) {
    }

    /** One page of purchases; {@code page} counts from 0. */
    @Schema(name = "PurchasePage")
    public record PurchasePageDto(List<PurchaseDto> items, int page, int size, long totalItems, int totalPages) {

        static PurchasePageDto of(PurchaseView.Page page) {
            return new PurchasePageDto(page.items().stream().map(PurchaseDto::of).toList(), page.page(), page.size(),
                    page.totalItems(), page.totalPages());
        }
    }
}
