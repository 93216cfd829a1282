package org.docuportal.eligibility.application;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.docuportal.eligibility.domain.EligibilityDecision;
import org.docuportal.eligibility.domain.EligibilityEvaluator;
import org.docuportal.eligibility.domain.EligibilityRequest;
import org.docuportal.eligibility.domain.EligibilityRule;

/**
 * Decides whether a request is eligible, with every rule's reason, using every
 * {@link EligibilityRule} bean in the deployment: the built-in ones and any a plugin jar in
 * {@code WEB-INF/lib} brings. The caller builds the {@link EligibilityRequest} from the member,
 * institution and title it has loaded.
 *
 * <p>Open to every caller: it reads nothing but the request and changes nothing, so it can
 * reveal nothing the caller did not hand in. Who may ask about which institution is checked
 * where the request is built. The rules are gathered once per bean instance; two rules with one
 * id make the first call fail, naming both classes.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class EligibilityService {

    @Inject
    @Any
    private Instance<EligibilityRule> rules;

    private EligibilityEvaluator evaluator;

    @PostConstruct
    void gatherRules() {
        evaluator = new EligibilityEvaluator(rules.stream().toList());
    }

    public EligibilityDecision evaluate(EligibilityRequest request, Locale locale) {
        return evaluator.evaluate(request, locale);
    }

    /** The ids of the rules in force, in the order their verdicts appear. */
    public List<String> ruleIds() {
        return evaluator.ruleIds();
    }
}
