package org.docuportal.web.it.fuzz;

import java.nio.charset.StandardCharsets;

/**
 * One generated request.
 *
 * @param operation   the operation it was made for
 * @param method      HTTP method
 * @param target      path and query, encoded, starting with {@code /}
 * @param contentType the {@code Content-Type} sent, or {@code null} without a body
 * @param body        the body's bytes (empty without one)
 * @param refusalDue  whether any 2xx answer is wrong (the input breaks the operation's contract)
 * @param mutation    what was done to the input, to tell the failures apart
 */
public record FuzzRequest(ApiOperation operation, String method, String target, String contentType, byte[] body,
        boolean refusalDue, String mutation) {

    /** For a failure report: the request as one short line, with a body cut to its first 200 characters. */
    public String describe() {
        String text = new String(body, StandardCharsets.UTF_8).replace("\n", " ");
        if (text.length() > 200) {
            text = text.substring(0, 200) + "… (" + body.length + " bytes)";
        }
        String shownTarget = target.length() > 200 ? target.substring(0, 200) + "…" : target;
        return method + " " + shownTarget + (contentType == null ? "" : " [" + contentType + "] " + text);
    }
}
