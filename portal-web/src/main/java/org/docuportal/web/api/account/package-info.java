/** Accounts through the API: the caller's personal tokens, the distributor's staff, and the staff's one-time links. */
package org.docuportal.web.api.account;
