/**
 * Pages for running the portal: the mail outbox and the audit log for platform administrators, and
 * the filter that tells the audit log whether a change came through a page or the API.
 */
package org.docuportal.web.operations;
