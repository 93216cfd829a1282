/** The catalog API: titles, their program details and rights windows. */
package org.docuportal.web.api.catalog;
