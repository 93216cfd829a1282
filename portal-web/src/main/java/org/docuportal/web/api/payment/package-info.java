/** Payment providers calling the portal: Stripe's webhook. */
package org.docuportal.web.api.payment;
