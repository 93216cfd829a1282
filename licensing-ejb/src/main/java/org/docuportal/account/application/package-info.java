/**
 * Login checks, API token management and the distributor's staff (the first administrator's
 * bootstrap, staff invitations, disabling accounts): the transaction and security boundary of accounts.
 */
package org.docuportal.account.application;
