/** The caller's own account through the API: personal tokens. */
package org.docuportal.web.api.account;
