/** Sign-in, sign-out, the account's API tokens, the staff's set-password page and the staff administration page. */
package org.docuportal.web.account;
