/** Turns exceptions into RFC 9457 application/problem+json responses, in one place. */
package org.docuportal.web.api.problem;
