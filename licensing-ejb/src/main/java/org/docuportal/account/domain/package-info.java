/** Accounts, their roles, login throttling, personal API tokens, password rules, the staff's one-time links and mail preferences. */
package org.docuportal.account.domain;
