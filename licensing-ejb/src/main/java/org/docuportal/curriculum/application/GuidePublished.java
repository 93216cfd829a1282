package org.docuportal.curriculum.application;

/** A guide version has been published (fired in the publishing transaction; observers act after it commits). */
public record GuidePublished(long versionId) {
}
