/** Payment methods on Stripe and the handling of its verified events. */
package org.docuportal.payment.application;
