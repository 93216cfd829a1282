package org.docuportal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipFile;

import jakarta.inject.Inject;

import org.docuportal.account.domain.Role;
import org.docuportal.catalog.domain.CountryCode;
import org.docuportal.catalog.domain.RightType;
import org.docuportal.catalog.domain.Territory;
import org.docuportal.eligibility.application.EligibilityService;
import org.docuportal.eligibility.domain.EligibilityDecision;
import org.docuportal.eligibility.domain.EligibilityRequest;
import org.docuportal.eligibility.domain.RuleVerdict;
import org.docuportal.institution.domain.InstitutionStatus;
import org.docuportal.institution.domain.InstitutionType;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A rule in its own jar, dropped into {@code WEB-INF/lib} of the unchanged portal WAR, is found by
 * CDI and asked with the built-in rules: the example plugin limits terms to 36 months, which no
 * built-in rule does, so its verdict can only come from the plugin.
 */
@ExtendWith(ArquillianExtension.class)
class EligibilityPluginIT {

    private static final List<String> WITH_PLUGIN = List.of("institution-verified", "member-role", "institution-type",
            "title-licensable", "territory", "embargo", "term-covered", "maximum-term");

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(EligibilityPluginIT.class).addAsLibrary(Deployments.eligibilityPluginExample());
    }

    @Inject
    private EligibilityService eligibility;

    @Test
    void aPluginRuleIsAskedAfterTheBuiltInOnesAndRefusesAFourYearTerm() {
        EligibilityDecision decision = eligibility.evaluate(teacherAtVerifiedKoreanSchoolAsking(48), Locale.ENGLISH);

        assertEquals(WITH_PLUGIN, ids(decision.rules()), "every built-in rule, then the plugin's");
        assertFalse(decision.eligible());
        assertEquals(List.of(new RuleVerdict("maximum-term", false,
                "A term of 48 months is longer than the distributor allows. Choose 36 months or fewer.")),
                decision.failures(), "only the plugin's rule fails, in the words of the plugin's own bundle");
    }

    @Test
    void aOneYearTermPassesThePluginAndEveryBuiltInRule() {
        EligibilityDecision decision = eligibility.evaluate(teacherAtVerifiedKoreanSchoolAsking(12), Locale.ENGLISH);

        assertEquals(WITH_PLUGIN, ids(decision.rules()));
        assertTrue(decision.eligible(), () -> "failures: " + decision.failures());
        assertEquals("A term of 12 months is within the distributor's limit of 36 months.",
                decision.verdict("maximum-term").orElseThrow().message());
        assertEquals("South Korea is not on the distributor's embargo list.",
                decision.verdict("embargo").orElseThrow().message(), "the shipped embargo list is empty");
        assertEquals(WITH_PLUGIN, eligibility.ruleIds());
    }

    @Test
    @RunAsClient
    void theShippedWarCarriesNoPlugin() throws IOException {
        try (ZipFile war = new ZipFile(new File(System.getProperty("portal.war", "target/ROOT.war")))) {
            assertTrue(war.stream().noneMatch(e -> e.getName().contains("eligibility-plugin-example")),
                    "the example plugin is for this test only");
            assertTrue(war.stream().anyMatch(e -> e.getName().startsWith("WEB-INF/lib/licensing-ejb")));
        }
    }

    private static EligibilityRequest teacherAtVerifiedKoreanSchoolAsking(int months) {
        LocalDate today = LocalDate.now();
        return EligibilityRequest.builder()
                .institution("Hanbit Middle School", InstitutionType.K12_SCHOOL, InstitutionStatus.VERIFIED, CountryCode.of("KR"))
                .member(Role.TEACHER, true)
                .title("plugin-test-film", true)
                .window(RightType.EDUCATIONAL, Territory.everywhere(), today.minusYears(1), null)
                .right(RightType.EDUCATIONAL)
                .term(today.plusDays(30), months)
                .today(today)
                .build();
    }

    private static List<String> ids(List<RuleVerdict> verdicts) {
        return verdicts.stream().map(RuleVerdict::id).toList();
    }
}
