/**
 * What the portal asks of a payment provider and what it hears back, in the portal's own terms:
 * a checkout to start, an invoice to send, and the verified events that say an order was paid or
 * refunded. Every request names the order it is for, so that a retried request is recognised as
 * the same one and every event leads back to its order.
 */
package org.docuportal.payment.domain;
