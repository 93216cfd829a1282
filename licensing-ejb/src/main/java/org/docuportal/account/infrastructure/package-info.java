/** JPA storage of accounts and tokens, and the hashing of passwords and token secrets. */
package org.docuportal.account.infrastructure;
