package org.docuportal.web.api.institution;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.Response;

import org.docuportal.institution.application.DocumentContent;

/** Responses that hand a stored document to the browser as a download, never rendered inline. */
final class DocumentDownloads {

    private DocumentDownloads() {
    }

    static Response of(DocumentContent document) {
        // RFC 6266: an ASCII fallback name plus the UTF-8 name; the stored name holds no quotes or paths.
        String ascii = document.fileName().replaceAll("[^A-Za-z0-9 ._-]", "_");
        String utf8 = URLEncoder.encode(document.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(document.content(), document.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
