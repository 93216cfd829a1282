package org.docuportal.eligibility.domain;

/**
 * One rule that decides, with a reason, whether an institution's member may license a right
 * of a title for a term. The portal's own rules and anyone else's are written the same way:
 * each is a CDI bean implementing this interface, and the portal asks every such bean it finds.
 *
 * <h2>Writing a rule</h2>
 *
 * <p>A distributor or an institution adds a rule without changing the portal:
 * <ol>
 *   <li>Create a jar that depends on {@code org.docuportal:licensing-ejb} (type {@code ejb},
 *       scope {@code provided}: the portal brings it at run time).</li>
 *   <li>Implement this interface in a class annotated with a bean-defining annotation,
 *       normally {@code @jakarta.enterprise.context.ApplicationScoped}. A rule holds no state
 *       between calls; it may {@code @Inject} configuration or other beans.</li>
 *   <li>Add {@code META-INF/beans.xml} with {@code bean-discovery-mode="annotated"}, which makes
 *       the jar a bean archive so that CDI finds the class.</li>
 *   <li>Put the rule's messages in a properties file in the same jar, for example
 *       {@code com/example/rules/Messages.properties} (English) with
 *       {@code Messages_ko.properties} and {@code Messages_ja.properties} beside it, and return
 *       its base name, {@code "com.example.rules.Messages"}, from {@link #messageBundle()}.</li>
 *   <li>Put the jar in the portal WAR's {@code WEB-INF/lib} and deploy the WAR. The rule is then
 *       evaluated for every eligibility question and its verdict shown with the others.</li>
 * </ol>
 *
 * <p>The example module {@code eligibility-plugin-example} is such a jar: a rule that limits
 * a license term to 36 months, in one class, one {@code beans.xml} and one bundle.
 *
 * <h2>Contract</h2>
 *
 * <ul>
 *   <li><b>{@link #id()}</b> is stable and unique, in lower-case kebab case
 *       ({@code "institution-verified"}). API clients receive it and may store it, so it never
 *       changes once released. The portal refuses to evaluate when two rules share an id.</li>
 *   <li><b>{@link #order()}</b> places the rule in the list a member sees; lower comes first,
 *       ties are broken by id. The built-in rules use 100, 200, ... 700, leaving room between.</li>
 *   <li><b>{@link #evaluate}</b> is a pure function of the {@link EligibilityRequest}: no
 *       database, no network, no side effect, never null. It runs for every question, including
 *       ones that other rules already fail, so it handles a request without an institution or
 *       a membership by failing with its own message. A thrown exception fails the whole
 *       question rather than letting it pass.</li>
 *   <li><b>Messages</b> are {@link java.text.MessageFormat} patterns (write a single quote as
 *       {@code ''}) addressed to the member in plain words, one per outcome: say what holds
 *       and, when the rule fails, what would change it. The {@link RuleOutcome} names the key
 *       and the values; they are written out for the member's language as follows:
 *       {@link java.time.LocalDate} in the language's long date style,
 *       {@link org.docuportal.catalog.domain.CountryCode} as the country's name,
 *       an enum constant as the bundle's entry {@code SimpleEnumName.CONSTANT}
 *       (for example {@code RightType.EDUCATIONAL=educational}) or, without one, its name,
 *       numbers in the language's digits, anything else by its {@code toString()}.
 *       A missing key is a fault of the rule and fails the question.</li>
 * </ul>
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class MaximumTermRule implements EligibilityRule {
 *     public String id() { return "maximum-term"; }
 *     public int order() { return 800; }
 *     public String messageBundle() { return "com.example.rules.Messages"; }
 *     public RuleOutcome evaluate(EligibilityRequest request) {
 *         int months = request.term().months();
 *         return months <= 36
 *                 ? RuleOutcome.passed("maximum-term.within", months, 36)
 *                 : RuleOutcome.failed("maximum-term.too-long", months, 36);
 *     }
 * }
 * }</pre>
 * with {@code com/example/rules/Messages.properties}:
 * <pre>
 * maximum-term.within=A term of {0} months is within the distributor''s limit of {1} months.
 * maximum-term.too-long=A term of {0} months is longer than the distributor allows. Choose {1} months or fewer.
 * </pre>
 */
public interface EligibilityRule {

    /** The rule's stable, unique id in lower-case kebab case, such as {@code "institution-verified"}. */
    String id();

    /** Where the rule's verdict appears among the others: ascending, ties broken by {@link #id()}. */
    int order();

    /** Whether the request satisfies the rule, and the message key and values that say why. */
    RuleOutcome evaluate(EligibilityRequest request);

    /**
     * The base name of the {@link java.util.ResourceBundle} with the rule's messages, in the
     * same jar as the rule, such as {@code "com.example.rules.Messages"}.
     */
    String messageBundle();
}
