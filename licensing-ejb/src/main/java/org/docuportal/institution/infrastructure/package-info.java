/** JPA storage of institutions, memberships and the review trail. */
package org.docuportal.institution.infrastructure;
