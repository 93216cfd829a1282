package org.docuportal.curriculum.asciidoc;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Document;
import org.asciidoctor.jruby.AsciidoctorJRuby;

/**
 * The one Asciidoctor of the format, started on first use: it boots a JRuby runtime, which takes
 * seconds, and the portal should not wait for that at start when nobody writes AsciiDoc. Sources are
 * loaded in Asciidoctor's {@code secure} safe mode (no includes, no files, no docinfo) with source
 * locations kept for problem reports, and with passthroughs defused first (see {@link Passthroughs}).
 */
final class AsciiDocEngine {

    private volatile Asciidoctor asciidoctor;

    /** Loads a source into Asciidoctor's tree, with inline passthroughs shown as text; lines stay where they were. */
    Document load(String source) {
        Options options = Options.builder()
                .safe(SafeMode.SECURE)
                .sourcemap(true)
                .standalone(false)
                .attributes(Attributes.builder().attribute("htmlsyntax", "xml").build())
                .build();
        return asciidoctor().load(Passthroughs.defuse(source), options);
    }

    void close() {
        Asciidoctor started = asciidoctor;
        if (started != null) {
            started.shutdown();
        }
    }

    private Asciidoctor asciidoctor() {
        Asciidoctor started = asciidoctor;
        if (started == null) {
            synchronized (this) {
                started = asciidoctor;
                if (started == null) {
                    // JRuby finds Asciidoctor's gems through this class loader: the WAR's, not the server's.
                    started = AsciidoctorJRuby.Factory.create(AsciiDocEngine.class.getClassLoader());
                    asciidoctor = started;
                }
            }
        }
        return started;
    }
}
