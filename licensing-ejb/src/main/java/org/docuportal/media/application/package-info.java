/**
 * Media studio services: {@link org.docuportal.media.application.MediaStudioService} (uploads,
 * subtitle tracks, chapters; platform administrators only) and the packaging worker that takes
 * queued jobs one at a time, claimed in the database so that a job runs on one server only and
 * is taken up again after a restart.
 */
package org.docuportal.media.application;
