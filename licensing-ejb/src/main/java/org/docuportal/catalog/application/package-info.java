/**
 * What the catalog offers to the rest of the portal: its services and the formats they take in,
 * such as the avails CSV a distributor uploads to state rights windows for many titles at once,
 * and the title studio ({@link org.docuportal.catalog.application.TitleStudio}) in which platform
 * administrators create, edit, illustrate and publish titles. Which titles a caller may see by their
 * address is decided in one place, {@link org.docuportal.catalog.application.TitleLookup}.
 */
package org.docuportal.catalog.application;
