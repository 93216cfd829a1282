/**
 * Study guides for the portal's callers: a title's guides with their summaries and contents for
 * everyone, the full web page and the stamped PDF for members of an institution whose license opens
 * them ({@link org.docuportal.curriculum.application.StudyGuideService}).
 */
package org.docuportal.curriculum.application;
