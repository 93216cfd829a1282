/**
 * Usage-report API: plays, minutes watched and guide downloads by title, institution, country and
 * month, as JSON or as a COUNTER Release 5-shaped CSV file, for institution administrators (their own
 * institution) and platform administrators (everything).
 */
package org.docuportal.web.api.reporting;
