/** Eligibility through the API: the verdict and every rule's reason for the caller's institution. */
package org.docuportal.web.api.eligibility;
