/** Institutions through the API: registration and the reviewers' queue and decisions. */
package org.docuportal.web.api.institution;
