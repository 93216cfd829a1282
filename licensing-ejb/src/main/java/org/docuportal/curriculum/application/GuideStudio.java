package org.docuportal.curriculum.application;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;

import org.docuportal.account.domain.Role;

/**
 * The distributor's guide studio: platform administrators and curriculum editors write a film's
 * study guides for each audience and language, save drafts that the validator has checked, publish
 * them as numbered versions, compare versions and attach worksheets and images.
 *
 * <p>A guide is named by its film's address, its audience ({@code UNIVERSITY} or
 * {@code university}) and its language code ({@code en}); a bad one is refused with the field named.
 */
@Stateless
@RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.CURRICULUM_EDITOR})
public class GuideStudio {

    /** Every guide of every film, by film, audience and language. */
    public List<GuideSummary> overview() {
        throw new UnsupportedOperationException("being written");
    }

    /** The formats guides may be written in; the first is the default. */
    public List<FormatView> formats() {
        throw new UnsupportedOperationException("being written");
    }

    /**
     * What the editor opens for a guide: its draft, else its latest version, else a template made
     * from the film in {@code format} (the default format when null).
     */
    public GuideDraftView open(String titleSlug, String audience, String language, String format) {
        throw new UnsupportedOperationException("being written");
    }

    /**
     * Checks a source and saves it as the guide's draft, creating the guide if it is new.
     *
     * @throws GuideRejectedException with every problem and its line; nothing is saved
     */
    public GuideDraftView saveDraft(String titleSlug, String audience, String language, String format, String source) {
        throw new UnsupportedOperationException("being written");
    }

    /** The source as readers would see it, with its problems; nothing is saved. */
    public GuidePreview preview(String titleSlug, String audience, String language, String format, String source) {
        throw new UnsupportedOperationException("being written");
    }

    /**
     * Publishes the draft as the next version: readers get it from now on, and its PDF is rendered
     * in the background.
     *
     * @throws org.docuportal.shared.application.ConflictException if the guide has no draft
     */
    public GuideVersionView publish(String titleSlug, String audience, String language) {
        throw new UnsupportedOperationException("being written");
    }

    /** The guide's published versions, newest first. */
    public List<GuideVersionView> versions(String titleSlug, String audience, String language) {
        throw new UnsupportedOperationException("being written");
    }

    /** The source of one published version. */
    public String source(String titleSlug, String audience, String language, int version) {
        throw new UnsupportedOperationException("being written");
    }

    /** The changes from one text of the guide to another: each a version number or {@code draft}. */
    public GuideDiff diff(String titleSlug, String audience, String language, String from, String to) {
        throw new UnsupportedOperationException("being written");
    }

    /** Attaches a worksheet (PDF) or an image (PNG, JPEG) to the guide, replacing one of the same name. */
    public GuideAttachmentView attach(String titleSlug, String audience, String language, String fileName,
                                      byte[] content) {
        throw new UnsupportedOperationException("being written");
    }

    /** The guide's attachments, by name. */
    public List<GuideAttachmentView> attachments(String titleSlug, String audience, String language) {
        throw new UnsupportedOperationException("being written");
    }

    /** Removes an attachment; the versions already published that show it keep their rendered PDF. */
    public void removeAttachment(String titleSlug, String audience, String language, String name) {
        throw new UnsupportedOperationException("being written");
    }
}
