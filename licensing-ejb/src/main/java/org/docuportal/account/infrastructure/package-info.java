/** JPA storage of accounts and tokens, the hashing of passwords and token secrets, and accounts as the audit log names its actors. */
package org.docuportal.account.infrastructure;
