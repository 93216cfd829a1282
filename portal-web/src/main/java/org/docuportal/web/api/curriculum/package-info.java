/**
 * Study-guide API: a title's guides with their summaries and contents for anyone, and the stamped
 * PDF of a guide for members of an institution whose license opens it.
 */
package org.docuportal.web.api.curriculum;
