/** Technical services every bounded context shares, such as the clock. */
package org.docuportal.shared.infrastructure;
