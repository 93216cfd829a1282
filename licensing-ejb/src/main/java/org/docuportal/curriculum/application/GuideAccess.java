package org.docuportal.curriculum.application;

/**
 * Whether the caller may read and download a title's study guides, and in words why (not).
 *
 * @param granted whether the guides' text and PDFs are open to the caller
 * @param explanation one sentence for the caller: which license opens them, or what is missing
 */
public record GuideAccess(boolean granted, String explanation) {
}
