/** Value objects every bounded context shares, such as money. */
package org.docuportal.shared.domain;
