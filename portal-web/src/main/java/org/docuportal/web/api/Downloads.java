package org.docuportal.web.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.Response;

import org.docuportal.shared.application.DocumentContent;

/** Responses that hand a document to the browser as a download, never rendered inline. */
public final class Downloads {

    private Downloads() {
    }

    /** The document as an attachment under its own name. */
    public static Response attachment(DocumentContent document) {
        return attachment(document.content(), document.contentType(), document.fileName());
    }

    /**
     * The bytes as an attachment named {@code fileName}. The header carries an ASCII fallback name
     * and the UTF-8 name (RFC 6266): quotes, slashes, control and other characters cannot break out
     * of it or name a path.
     */
    public static Response attachment(byte[] content, String contentType, String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9 ._-]", "_");
        String utf8 = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(content, contentType)
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
