/**
 * The media studio's pages: a title's media page (resumable upload of the master video over the
 * tus protocol, the packaging job's progress, subtitle tracks and the chapters editor) and the tus
 * endpoint the upload talks to.
 */
package org.docuportal.web.media;
