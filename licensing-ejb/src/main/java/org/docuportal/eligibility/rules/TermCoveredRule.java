package org.docuportal.eligibility.rules;

import static org.docuportal.eligibility.domain.RuleOutcome.failed;
import static org.docuportal.eligibility.domain.RuleOutcome.passed;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.docuportal.catalog.domain.CountryCode;
import org.docuportal.catalog.domain.RightType;
import org.docuportal.eligibility.domain.EligibilityRequest;
import org.docuportal.eligibility.domain.EligibilityRequest.Window;
import org.docuportal.eligibility.domain.EligibilityRule;
import org.docuportal.eligibility.domain.RuleOutcome;

/**
 * A license never extends past the rights window that allows it: one window of the requested
 * right that covers the institution's country must run on every day of the term, first and last
 * day included. Windows are not chained: two back-to-back windows are two grants that may be
 * renegotiated separately, so a term spanning both is refused. A term cannot start in the past.
 *
 * <p>On failure the message names the date that matters (when the rights end, start or ended), so
 * a teacher knows which term would do.
 */
@ApplicationScoped
public class TermCoveredRule implements EligibilityRule {

    @Override
    public String id() {
        return "term-covered";
    }

    @Override
    public int order() {
        return 700;
    }

    @Override
    public String messageBundle() {
        return BuiltInRules.BUNDLE;
    }

    @Override
    public RuleOutcome evaluate(EligibilityRequest request) {
        if (!request.hasInstitution()) {
            return failed("term-covered.no-institution");
        }
        RightType right = request.right();
        CountryCode country = request.institution().country();
        LocalDate first = request.term().start();
        LocalDate last = request.term().lastDay();
        if (first.isBefore(request.today())) {
            return failed("term-covered.starts-in-past", first, request.today());
        }
        List<Window> windows = request.windowsOfRequestedRight().stream()
                .filter(w -> w.territory().covers(country))
                .toList();
        if (windows.isEmpty()) {
            return failed("term-covered.no-window", right, country);
        }
        if (windows.stream().anyMatch(w -> w.coversPeriod(first, last))) {
            return passed("term-covered.covered", right, first, last);
        }
        // Every window open on the first day ends before the last one (else it would cover the term).
        Optional<LocalDate> latestEnd = windows.stream().filter(w -> w.isOpenOn(first))
                .map(Window::end).max(Comparator.naturalOrder());
        if (latestEnd.isPresent()) {
            return failed("term-covered.ends-early", last, latestEnd.get(), right);
        }
        Optional<LocalDate> nextStart = windows.stream().map(Window::start).filter(first::isBefore)
                .min(Comparator.naturalOrder());
        if (nextStart.isPresent()) {
            return failed("term-covered.starts-late", nextStart.get(), first, right, country);
        }
        LocalDate ended = windows.stream().map(Window::end).max(Comparator.naturalOrder()).orElseThrow();
        return failed("term-covered.ended", ended, right, country);
    }
}
