package org.docuportal.licensing.infrastructure;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.docuportal.licensing.application.LicenseView;
import org.docuportal.licensing.domain.LicenseState;

/**
 * A license certificate: one landscape A4 page, framed, that an institution can print and
 * show, naming the institution, the film, the kind of license and the right, the term, the
 * cap on streams or audience where there is one, the status, the order it came from and the
 * day it was issued.
 *
 * <p>The certificate states the status at the moment it is rendered; it says so, and points to
 * the portal for the current one, because a license can be revoked or expire after printing.
 * The layout is the template {@code documents/certificate.xhtml}, rendered by
 * {@link DocumentTemplates}; its boxes have fixed heights, so the page stays one page, and long
 * names are set smaller rather than cut ({@link #fittedSize}).
 */
@ApplicationScoped
public class LicenseCertificate {

    /** The width the names are set in, in points; as wide as the template's {@code .names}. */
    private static final float NAME_WIDTH = 640;

    private final DocumentText text = DocumentText.english();
    private final DocumentTemplates templates = new DocumentTemplates(text);
    private final ZoneId zone;

    /** For the container's proxy only. */
    protected LicenseCertificate() {
        this.zone = ZoneOffset.UTC;
    }

    /** Issue dates are read in the clock's zone, the calendar that license terms are counted in. */
    @Inject
    public LicenseCertificate(Clock clock) {
        this.zone = clock.getZone();
    }

    /** The certificate as PDF bytes. */
    public byte[] render(LicenseView license) {
        return templates.render("certificate", Map.of(
                "license", license,
                "issued", text.date(LocalDate.ofInstant(license.issuedAt(), zone)),
                "cells", cells(license),
                "institutionSize", fittedSize(license.institution(), 22),
                "filmSize", fittedSize(license.title(), 20)));
    }

    /** One detail under the names: a label over its value; {@code warn} sets it in the warning colour. */
    public record Cell(String label, String value, boolean warn) {
    }

    private List<Cell> cells(LicenseView license) {
        List<Cell> cells = new ArrayList<>();
        cells.add(new Cell(text.get("certificate.kind"), text.get("kind." + license.kind().name()), false));
        cells.add(new Cell(text.get("certificate.right"), license.rightType().label(), false));
        cells.add(new Cell(text.get("certificate.term"), text.term(license.start(), license.end()), false));
        if (license.streamCap() != null) {
            cells.add(new Cell(text.get("certificate.streamCap"), text.get("certificate.streamCap.value", license.streamCap()), false));
        }
        if (license.audienceCap() != null) {
            cells.add(new Cell(text.get("certificate.audienceCap"), text.get("certificate.audienceCap.value", license.audienceCap()), false));
        }
        cells.add(new Cell(text.get("certificate.status"), text.get("license.status." + license.state().name()),
                license.state() == LicenseState.EXPIRED || license.state() == LicenseState.REVOKED));
        cells.add(new Cell(text.get("certificate.order"), license.orderReference(), false));
        return cells;
    }

    /**
     * The font size, in points, at which the name takes at most two lines: CSS cannot shrink text
     * to fit, so this estimates the width (a Latin letter of the serif bold, spaces counted, about 0.55 em, a
     * Hangul, kana or kanji character a full em) and steps down from {@code size} to no less than 12.
     */
    static int fittedSize(String name, int size) {
        double ems = name.codePoints().mapToDouble(cp -> Character.isIdeographic(cp) || isWide(cp) ? 1.0 : 0.55).sum();
        int fitted = size;
        // Lines break at words, not at the exact width: keep a quarter of a line in hand.
        while (ems * fitted / NAME_WIDTH > 1.75 && fitted > 12) {
            fitted -= 2;
        }
        return fitted;
    }

    private static boolean isWide(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HAN;
    }
}
