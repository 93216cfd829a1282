package org.docuportal.demo;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

import org.docuportal.catalog.domain.CountryCode;
import org.docuportal.catalog.domain.Title;
import org.docuportal.catalog.domain.TitleRepository;
import org.docuportal.impact.domain.ImpactRepository;
import org.docuportal.impact.domain.LikertAnswers;
import org.docuportal.impact.domain.PairingCode;
import org.docuportal.impact.domain.PolicyEvent;
import org.docuportal.impact.domain.Screening;
import org.docuportal.impact.domain.SurveyResponse;
import org.docuportal.impact.domain.SurveyTemplate;
import org.docuportal.institution.domain.Institution;
import org.docuportal.institution.domain.InstitutionRepository;
import org.docuportal.institution.domain.Membership;
import org.docuportal.licensing.domain.License;
import org.docuportal.licensing.domain.LicenseOrder;
import org.docuportal.licensing.domain.LicensingRepository;
import org.docuportal.licensing.domain.Offer;
import org.docuportal.licensing.domain.OfferKind;
import org.docuportal.licensing.domain.Quote;

/**
 * The demo's impact data: a survey template per film, and past screenings with answers so that
 * the impact report has something to show on a fresh start.
 *
 * <p>The statements are drawn from the seed documents: the synopsis and press of <i>Kim Il Sung's
 * Children</i>, and the producer's plan for the documentary about Korean War prisoners of war.
 *
 * <p>The screenings need licenses. The demo school and the demo training command get licenses
 * <em>in the past</em>, already expired: last school year's classroom license (two screenings,
 * 12 and 7 paired participants) and a public screening four months ago (3 participants, to show
 * a hidden group). Expired licenses keep the demo honest (the answers belong to screenings that
 * were licensed) without giving the demo accounts a license today, which the purchase demo and
 * the tests that expect "no active license" rely on. The answers are synthetic, drawn from a fixed
 * seed: the same on every fresh start. Everything is added once, when the demo school has no
 * screening yet.
 */
final class DemoSurveys {

    static final List<String> KIM_IL_SUNGS_CHILDREN_ITEMS = List.of(
            "I know that North Korean war orphans were sent to Eastern Europe in the 1950s.",
            "I know that North Korea chose \u201ccommissioned education\u201d abroad for these children, not international adoption.",
            "I know that more than five thousand children from the North spent nearly a decade in Eastern Europe.",
            "I understand how the story of these children helps to explain North Korea today.",
            "I think the lives of these children are an important part of Cold War history.");

    static final List<String> KOREAN_WAR_PRISONERS_ITEMS = List.of(
            "I know that some prisoners of war were not repatriated after the Korean War.",
            "I know that South Korean prisoners of war and their families have been detained in North Korea.",
            "I know that the families of defectors and prisoners of war may face retaliation.",
            "I know that some people were abducted during and after the Korean War.",
            "I think the repatriation of prisoners of war is a human-rights issue that matters today.");

    private static final String DEMO_NOTE = "Demo data: a past license for the demo impact surveys.";

    private DemoSurveys() {
    }

    /** Adds the templates that are missing; returns how many it added. */
    static int addMissingTemplates(ImpactRepository impact, TitleRepository titles, Instant now) {
        int added = 0;
        added += template(impact, titles, DemoCatalog.KIM_IL_SUNGS_CHILDREN, KIM_IL_SUNGS_CHILDREN_ITEMS, now);
        added += template(impact, titles, DemoCatalog.KOREAN_WAR_PRISONERS, KOREAN_WAR_PRISONERS_ITEMS, now);
        return added;
    }

    private static int template(ImpactRepository impact, TitleRepository titles, String slug, List<String> items, Instant now) {
        Title title = titles.findBySlug(slug).orElse(null);
        if (title == null || impact.templateOf(title.id()).isPresent()) {
            return 0;
        }
        impact.add(new SurveyTemplate(title.id(), items, "demo-data", now));
        return 1;
    }

    /** Adds the demo screenings, answers and policy events once; returns how many screenings it added. */
    static int addScreeningsOnce(ImpactRepository impact, TitleRepository titles, InstitutionRepository institutions,
                                 LicensingRepository licensing, Instant now) {
        Title film = titles.findBySlug(DemoCatalog.KIM_IL_SUNGS_CHILDREN).orElse(null);
        Institution school = institutions.membershipOf("teacher@demo.example").map(Membership::institution).orElse(null);
        Institution command = institutions.membershipOf("officer@demo.example").map(Membership::institution).orElse(null);
        if (film == null || school == null || command == null || !film.isLicensable()
                || !impact.screeningsOf(school.id()).isEmpty()) {
            return 0;
        }
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Random answers = new Random(20260301L);
        SecureRandom codes = new SecureRandom();

        License schoolYear = pastLicense(licensing, school, film, OfferKind.CLASSROOM_STREAMING, today.minusMonths(13),
                "teacher@demo.example", "DEMO-SURVEYS-1", today);
        LocalDate first = today.minusMonths(5);
        LocalDate second = today.minusMonths(3);
        screening(impact, schoolYear, first, "teacher@demo.example", 12, 2, 1, answers, codes, now);
        screening(impact, schoolYear, second, "teacher@demo.example", 7, 1, 0, answers, codes, now);

        LocalDate eventDay = today.minusMonths(4);
        License screeningLicense = pastLicense(licensing, command, film, OfferKind.PUBLIC_SCREENING, eventDay,
                "officer@demo.example", "DEMO-SURVEYS-2", today);
        screening(impact, screeningLicense, eventDay, "officer@demo.example", 3, 0, 0, answers, codes, now);

        // One discussion within six months after the screenings, one before them: the report counts one of two.
        impact.add(new PolicyEvent(film, first.plusMonths(2), "National Assembly Foreign Affairs and Unification Committee",
                CountryCode.of("KR"), "DEMO-NA-0001 (demo record, not a real document)",
                "Demo data: a committee hearing on the history of North Korean children educated abroad.", "demo-data", now));
        impact.add(new PolicyEvent(film, first.minusMonths(3), "UN Human Rights Council, side event", null,
                "DEMO-HRC-0001 (demo record, not a real document)", "Demo data: held before the first demo screening,"
                        + " so it does not count.", "demo-data", now));
        return 3;
    }

    /** A paid, issued license whose term began on {@code start} and is over now: expired. */
    private static License pastLicense(LicensingRepository licensing, Institution institution, Title film, OfferKind kind,
                                       LocalDate start, String member, String purchaseOrder, LocalDate today) {
        Offer offer = licensing.offersFor(film).stream()
                .filter(o -> o.kind() == kind && (kind != OfferKind.CLASSROOM_STREAMING || o.termMonths() == 12))
                .findFirst().orElseThrow();
        Instant then = start.minusDays(14).atTime(9, 0).toInstant(ZoneOffset.UTC);
        Quote quote = new Quote(institution, offer, offer.priceFor(institution.type(), institution.sizeBand()).orElseThrow(),
                offer.termStarting(start), member, false, then, start.minusDays(14));
        quote.markOrdered(start.minusDays(14));
        licensing.add(quote);
        LicenseOrder order = new LicenseOrder(quote, "manual-po", purchaseOrder, member, then);
        order.markPaid(then, DEMO_NOTE);
        licensing.add(order);
        License license = License.issue(order, then);
        license.expireIfOver(today);
        licensing.add(license);
        return license;
    }

    /**
     * A closed screening with {@code paired} participants who answered before and after, plus some
     * who answered only before or only after. Before the film most answers are low; after it they
     * rise by zero to two points, more on the first three (factual) statements; every fifth participant's do not change.
     */
    private static void screening(ImpactRepository impact, License license, LocalDate day, String member, int paired,
                                  int onlyBefore, int onlyAfter, Random random, SecureRandom codes, Instant now) {
        Screening screening = new Screening(license, day, KIM_IL_SUNGS_CHILDREN_ITEMS, publicCode(codes), member, now);
        impact.add(screening);
        int items = KIM_IL_SUNGS_CHILDREN_ITEMS.size();
        for (int p = 0; p < paired + onlyBefore; p++) {
            List<Integer> before = new ArrayList<>();
            List<Integer> after = new ArrayList<>();
            for (int i = 0; i < items; i++) {
                int pre = 1 + random.nextInt(3);
                // Every fifth participant learns nothing new: not every screening changes every mind.
                int rise = p % 5 == 3 ? 0 : i < 3 ? random.nextInt(3) : random.nextInt(2);
                before.add(pre);
                after.add(Math.min(LikertAnswers.HIGHEST, pre + rise));
            }
            SurveyResponse pre = SurveyResponse.before(screening, new LikertAnswers(before), PairingCode.random(codes));
            impact.add(pre);
            if (p < paired) {
                impact.add(SurveyResponse.after(screening, new LikertAnswers(after), pre));
            }
        }
        for (int p = 0; p < onlyAfter; p++) {
            List<Integer> after = new ArrayList<>();
            for (int i = 0; i < items; i++) {
                after.add(3 + random.nextInt(3));
            }
            impact.add(SurveyResponse.after(screening, new LikertAnswers(after), null));
        }
        screening.close(now);
    }

    private static String publicCode(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
