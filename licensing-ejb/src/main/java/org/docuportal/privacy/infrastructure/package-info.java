/** Privacy in JPA: finding a person's records across contexts, and replacing their identity in bulk. */
package org.docuportal.privacy.infrastructure;
