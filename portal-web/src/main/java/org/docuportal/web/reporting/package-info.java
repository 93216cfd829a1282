/**
 * The usage dashboard: plays, minutes watched and guide downloads per title and month as charts,
 * and by title, institution, country and month as a table, with the COUNTER-shaped CSV to download.
 */
package org.docuportal.web.reporting;
