/** Licensing through the API: offers, quotes, orders, licenses, and purchase-order payments. */
package org.docuportal.web.api.licensing;
