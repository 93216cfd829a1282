/**
 * The guide library the portal serves (built once, from the guides on the classpath) and the JPA
 * record of downloads.
 */
package org.docuportal.curriculum.infrastructure;
