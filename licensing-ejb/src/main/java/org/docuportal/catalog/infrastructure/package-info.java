/** JPA storage of the catalog. */
package org.docuportal.catalog.infrastructure;
