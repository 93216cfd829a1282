package org.docuportal.shared.mail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a service wants said, to whom: a named template (its texts are in {@code MailMessages}
 * under that name), the facts it needs as named values, the page its button opens and any files.
 * How it reads is the template's business ({@link MailTemplates}); a service never writes prose.
 *
 * <p>Immutable: each {@code with...} returns a new letter.
 *
 * @param linkPath the portal page the mail's button opens, relative to the public address
 *                 ({@code purchase/quote.xhtml?id=42}; a link already made absolute by
 *                 {@code PublicAddress} is kept as it is), or null for none
 */
public record Letter(String template, MailCategory category, String to, Map<String, String> values,
                     String linkPath, List<MailAttachment> attachments) {

    public Letter {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(to, "to");
        values = Map.copyOf(values);
        attachments = List.copyOf(attachments);
    }

    public static Letter of(String template, MailCategory category, String to) {
        return new Letter(template, category, to, Map.of(), null, List.of());
    }

    /** The letter with a named value; null becomes an empty text, so that a template never prints "null". */
    public Letter with(String name, Object value) {
        Map<String, String> more = new LinkedHashMap<>(values);
        more.put(name, value == null ? "" : value.toString());
        return new Letter(template, category, to, more, linkPath, attachments);
    }

    public Letter linkTo(String path) {
        return new Letter(template, category, to, values, path, attachments);
    }

    public Letter attach(MailAttachment attachment) {
        List<MailAttachment> more = new ArrayList<>(attachments);
        more.add(attachment);
        return new Letter(template, category, to, values, linkPath, more);
    }

    /** The same letter to someone else. */
    public Letter addressedTo(String address) {
        return new Letter(template, category, address, values, linkPath, attachments);
    }
}
