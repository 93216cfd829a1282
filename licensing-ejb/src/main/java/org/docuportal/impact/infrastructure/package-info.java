/** The JPA store of templates, screenings, answers and policy events, and the QR codes of survey links. */
package org.docuportal.impact.infrastructure;
