/** Catalog pages: the searchable catalog and a title's page. */
package org.docuportal.web.catalog;
