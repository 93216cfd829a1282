/** Accounts, their roles, login throttling, personal API tokens, password rules and the staff's one-time links. */
package org.docuportal.account.domain;
