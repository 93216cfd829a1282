/** Login checks and API token management: the transaction and security boundary of accounts. */
package org.docuportal.account.application;
