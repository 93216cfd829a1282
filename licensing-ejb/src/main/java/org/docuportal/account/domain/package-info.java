/** Accounts, their roles, login throttling and personal API tokens. */
package org.docuportal.account.domain;
