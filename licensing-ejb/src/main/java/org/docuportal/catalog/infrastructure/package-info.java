/** JPA storage of the catalog, and the checking and resizing of poster images (ImageIO, TwelveMonkeys WebP, Thumbnailator). */
package org.docuportal.catalog.infrastructure;
