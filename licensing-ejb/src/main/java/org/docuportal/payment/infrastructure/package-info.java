/**
 * Stripe behind the payment domain's terms: Checkout for card payments, Invoicing for purchase
 * orders, and webhook verification. Nothing outside this package imports stripe-java.
 */
package org.docuportal.payment.infrastructure;
