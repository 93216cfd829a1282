/**
 * Study guides: their sources per film and audience, and the code that builds and stamps them.
 * The guides themselves arrive with the study-guide work; for now this module names the audiences.
 */
package org.docuportal.curriculum;
