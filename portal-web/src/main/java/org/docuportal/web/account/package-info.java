/** Sign-in, sign-out and the account's API tokens. */
package org.docuportal.web.account;
