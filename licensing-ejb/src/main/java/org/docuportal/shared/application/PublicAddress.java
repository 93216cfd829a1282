package org.docuportal.shared.application;

/**
 * The portal's public address, for every link that leaves it: in mail, in PDFs, in QR codes, and
 * the pages a payment provider sends the buyer back to.
 *
 * <p>A port rather than a setting, because the answer depends on the request being served: the
 * configured {@code PORTAL_BASE_URL} where there is one, or else the address the request came in on
 * (so that a survey's QR code shown on {@code http://192.168.1.20:8080} works on phones in the same
 * room). Only the interfaces layer sees the request; it implements this, and services ask it
 * instead of building addresses themselves.
 */
public interface PublicAddress {

    /**
     * The absolute address of a page or resource of the portal, such as
     * {@code link("join.xhtml?token=...")}; a leading slash in {@code path} changes nothing.
     */
    String link(String path);
}
