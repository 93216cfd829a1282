/**
 * Study-guide screens: the guides box of a title's page and a guide's own page for readers, and the
 * guide studio for platform administrators and curriculum editors (the list of films and their guides,
 * the editor with its preview, history and attachments).
 */
package org.docuportal.web.curriculum;
