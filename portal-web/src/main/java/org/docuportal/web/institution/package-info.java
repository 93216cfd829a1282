/** Pages of institutions: registration. */
package org.docuportal.web.institution;
