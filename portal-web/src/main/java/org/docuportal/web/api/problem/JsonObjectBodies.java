package org.docuportal.web.api.problem;

import java.io.BufferedInputStream;
import java.io.IOException;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

/**
 * Where an operation takes one of our JSON objects, the body must be a JSON object: JSON-B would
 * otherwise take an array holding one object as that object, and answer a number or a string with
 * a binding error. A leading UTF-8 byte order mark, which RFC 8259 lets a reader ignore, is skipped.
 */
@Provider
public class JsonObjectBodies implements ReaderInterceptor {

    private static final int BOM_1 = 0xEF;
    private static final int BOM_2 = 0xBB;
    private static final int BOM_3 = 0xBF;
    /** Enough to look past leading white space; a body with more of it before its first character is refused. */
    private static final int LOOK_AHEAD = 8192;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (expectsOurObject(context)) {
            BufferedInputStream body = new BufferedInputStream(context.getInputStream(), LOOK_AHEAD);
            skipByteOrderMark(body);
            int first = firstNonWhiteSpace(body);
            if (first != -1 && first != '{') {
                throw new BadRequestException("The request body must be a JSON object ({ ... }) with the fields described in /openapi.");
            }
            context.setInputStream(body);
        }
        return context.proceed();
    }

    private static boolean expectsOurObject(ReaderInterceptorContext context) {
        MediaType type = context.getMediaType();
        return type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                && !context.getType().isArray() && context.getType().getName().startsWith("org.docuportal.");
    }

    private static void skipByteOrderMark(BufferedInputStream body) throws IOException {
        body.mark(3);
        if (!(body.read() == BOM_1 && body.read() == BOM_2 && body.read() == BOM_3)) {
            body.reset();
        }
    }

    /** The first character that is not JSON white space, left unread in the stream; -1 for an empty body. */
    private static int firstNonWhiteSpace(BufferedInputStream body) throws IOException {
        body.mark(LOOK_AHEAD);
        try {
            for (int read = 0; read < LOOK_AHEAD; read++) {
                int c = body.read();
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                    return c;
                }
            }
            return '?';
        } finally {
            body.reset();
        }
    }
}
