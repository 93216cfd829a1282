/**
 * The media studio's API for platform administrators: master video uploads and their packaging
 * jobs, subtitle tracks and chapters of a title, under {@code /api/admin/titles/{slug}/...}.
 */
package org.docuportal.web.api.media;
