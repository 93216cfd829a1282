/** JPA storage of offers, quotes, orders and licenses. */
package org.docuportal.licensing.infrastructure;
