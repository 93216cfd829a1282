package org.docuportal.shared.mail;

import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.docuportal.shared.application.PublicAddress;

/**
 * Where the notification classes of each context send their {@link Letter}s: skips the recipients
 * who turned that kind of mail off, renders the rest ({@link MailTemplates}) with links on the
 * portal's public address, and queues them in the caller's transaction ({@link MailOutbox}), to
 * leave after commit.
 *
 * <p>A letter that cannot be rendered (a text naming a value nobody gave) is logged and dropped:
 * a wording mistake must never undo the purchase or registration it reports. The template tests
 * render every letter, so such a mistake should not get this far.
 */
@ApplicationScoped
public class MailComposer {

    private static final Logger LOG = Logger.getLogger(MailComposer.class.getName());

    /** The account page's "Email" section, where non-essential mail is turned off. */
    public static final String PREFERENCES_PAGE = "account/tokens.xhtml#email";

    private static final java.util.regex.Pattern ABSOLUTE = java.util.regex.Pattern.compile("https?://");

    @Inject
    private MailTemplates templates;

    @Inject
    private MailOutbox outbox;

    @Inject
    private PublicAddress publicAddress;

    @Inject
    private Instance<MailOptOuts> optOuts;

    /** Queues the letter unless its recipient turned its category off. */
    public void send(Letter letter) {
        if (letter.category() != MailCategory.ESSENTIAL && optOuts.isResolvable()
                && optOuts.get().optedOut(letter.to(), letter.category())) {
            return;
        }
        try {
            String link = letter.linkPath() == null ? null
                    : ABSOLUTE.matcher(letter.linkPath()).lookingAt() ? letter.linkPath() : publicAddress.link(letter.linkPath());
            String preferences = letter.category() == MailCategory.ESSENTIAL ? null : publicAddress.link(PREFERENCES_PAGE);
            MailTemplates.Rendered rendered = templates.render(letter, link, preferences, localeOf(letter.to()));
            outbox.queue(new Mail(letter.to(), rendered.subject(), rendered.text(), rendered.html(), letter.attachments()));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Mail '" + letter.template() + "' to " + letter.to() + " could not be rendered", e);
        }
    }

    /** English until accounts carry a language (issue 16); the bundles are ready for more. */
    private static Locale localeOf(String address) {
        return Locale.ENGLISH;
    }
}
