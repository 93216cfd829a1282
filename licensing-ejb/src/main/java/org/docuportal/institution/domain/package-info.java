/**
 * Institutions that license films: registration details, review by the distributor with an
 * append-only audit trail, and their members.
 */
package org.docuportal.institution.domain;
