/**
 * Impact pages: the audience's survey (public, made for phones), members' screening surveys, the
 * distributor's policy-impact log and the impact report.
 */
package org.docuportal.web.impact;
