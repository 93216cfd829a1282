/**
 * Licensing: offers and their prices, quotes, orders and the time-limited licenses they become,
 * never outliving the rights window that allows them.
 */
package org.docuportal.licensing.domain;
