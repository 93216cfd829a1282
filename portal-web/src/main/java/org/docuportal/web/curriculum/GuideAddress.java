package org.docuportal.web.curriculum;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The editor's address for one guide, as JSF navigation outcomes and redirects write it. */
final class GuideAddress {

    private GuideAddress() {
    }

    /** {@code /admin/guide-editor?title=..&audience=..&language=..}, with {@code &format=..} when one was chosen. */
    static String editor(String title, String audience, String language, String format) {
        String address = "/admin/guide-editor?title=" + encode(title) + "&audience=" + encode(audience)
                + "&language=" + encode(language);
        return format == null || format.isBlank() ? address : address + "&format=" + encode(format);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
