/** Catalog use cases: browsing and searching titles, reading a title, importing avails. */
package org.docuportal.catalog.application;
