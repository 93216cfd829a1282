/** Pages of the payment context: payment alerts for platform administrators. */
package org.docuportal.web.payment;
