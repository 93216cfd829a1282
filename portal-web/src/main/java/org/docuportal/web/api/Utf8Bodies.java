package org.docuportal.web.api;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Request bodies that must be UTF-8 text (subtitles, guide sources): decoded strictly, so that a
 * file saved in another encoding is refused with a message instead of stored with replacement
 * characters.
 */
public final class Utf8Bodies {

    private Utf8Bodies() {
    }

    /** The body's text, or empty if it is not well-formed UTF-8. */
    public static Optional<String> decode(byte[] body) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
