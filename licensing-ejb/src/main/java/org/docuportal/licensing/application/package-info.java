/** Licensing use cases: offers, quotes, orders and their payment methods, licenses. */
package org.docuportal.licensing.application;
