package org.docuportal.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MailTemplatesTest {

    private static final String HOSTILE = "<script>alert(1)</script> 김일성 & \"Kim\"";
    private static final String LINK = "http://portal.example:9090/purchase/quote.xhtml?id=42&x=1";
    private static final String PREFERENCES = "http://portal.example:9090/account/tokens.xhtml#email";

    private final MailTemplates templates = new MailTemplates();

    /** Every mail the bundle defines. */
    static Stream<String> everyTemplate() {
        Set<String> names = new TreeSet<>();
        for (String key : MailTemplates.bundle(Locale.ENGLISH).keySet()) {
            if (key.endsWith(".subject")) {
                names.add(key.substring(0, key.length() - ".subject".length()));
            }
        }
        return names.stream();
    }

    /** The letter with every value its texts name set to hostile text. */
    private static Letter letterFor(String name) {
        ResourceBundle bundle = MailTemplates.bundle(Locale.ENGLISH);
        Letter letter = Letter.of(name, MailCategory.NEWS, "someone@school.example");
        Pattern placeholder = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
        for (String part : new String[] {"subject", "body", "action", "after"}) {
            if (bundle.containsKey(name + "." + part)) {
                Matcher m = placeholder.matcher(bundle.getString(name + "." + part));
                while (m.find()) {
                    letter = letter.with(m.group(1), HOSTILE);
                }
            }
        }
        return letter.with("name", HOSTILE);
    }

    @ParameterizedTest
    @MethodSource("everyTemplate")
    void everyMailRendersBothPartsWithItsLinkAndEscapesNamesInHtml(String name) {
        boolean hasAction = MailTemplates.bundle(Locale.ENGLISH).containsKey(name + ".action");
        MailTemplates.Rendered mail = templates.render(letterFor(name), hasAction ? LINK : null, PREFERENCES, Locale.ENGLISH);

        assertThat(mail.subject()).isNotBlank().doesNotContain("??").doesNotContain("{");
        assertThat(mail.html()).startsWith("<!DOCTYPE html>").doesNotContain("<script>").doesNotContain("??")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; 김일성 &amp; &quot;Kim&quot;")
                .contains(PREFERENCES);
        assertThat(mail.text()).contains("Hello " + HOSTILE + ",").contains(HOSTILE).doesNotContain("??")
                .doesNotContain("&lt;").contains(PREFERENCES).doesNotContain("[#").doesNotContain("[(");
        if (hasAction) {
            assertThat(mail.text()).contains(LINK);
            assertThat(mail.html()).contains("href=\"http://portal.example:9090/purchase/quote.xhtml?id=42&amp;x=1\"");
        }
    }

    @Test
    void aLetterWithALinkShowsItsButtonAndTheAddressInBothParts() {
        Letter letter = Letter.of("quote-declined", MailCategory.ESSENTIAL, "t@school.example")
                .with("name", "Ji-woo Han").with("reference", "Q-000042").with("title", "Kim Il-sung's Children")
                .with("total", "EUR 120.00").with("administrator", "Min-jun Park").with("reason", "Not in this year's budget.");
        MailTemplates.Rendered mail = templates.render(letter, LINK, null, Locale.ENGLISH);

        assertThat(mail.subject()).isEqualTo("Quote Q-000042 for Kim Il-sung's Children was declined");
        assertThat(mail.text()).startsWith("Hello Ji-woo Han,\n")
                .contains("Min-jun Park declined your quote Q-000042 for \"Kim Il-sung's Children\" (EUR 120.00).")
                .contains("Not in this year's budget.")
                .contains("Open the quote:\n" + LINK)
                .contains("it cannot be turned off");
        assertThat(mail.html()).contains(">Open the quote</a>").contains("Kim Il-sung&#39;s Children")
                .doesNotContain("Email settings");
    }

    @Test
    void anEmptyValueLeavesNoEmptyParagraph() {
        Letter letter = Letter.of("quote-approved", MailCategory.ESSENTIAL, "t@school.example")
                .with("name", "Ji-woo").with("reference", "Q-1").with("title", "Film").with("total", "EUR 1.00")
                .with("administrator", "Min-jun").with("reason", null).with("validUntil", "2027-01-31");
        MailTemplates.Rendered mail = templates.render(letter, LINK, null, Locale.ENGLISH);

        assertThat(mail.text()).doesNotContain("\n\n\n");
        assertThat(mail.html()).doesNotContainPattern("<p[^>]*>\\s*</p>");
    }

    @Test
    void aTextNamingAValueTheLetterLacksIsRefusedRatherThanSentHalfFilled() {
        Letter letter = Letter.of("quote-declined", MailCategory.ESSENTIAL, "t@school.example").with("name", "Ji-woo");
        assertThatThrownBy(() -> templates.render(letter, LINK, null, Locale.ENGLISH))
                .isInstanceOf(MissingResourceException.class).hasMessageContaining("{reference}");
    }

    @Test
    void withoutANameTheGreetingStaysPolite() {
        Letter letter = letterFor("screener-received").with("name", "");
        assertThat(templates.render(letter, null, null, Locale.ENGLISH).text()).startsWith("Hello,\n");
    }
}
