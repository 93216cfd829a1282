/** Licensing pages: offers and quotes, orders, licenses, and purchase orders for administrators. */
package org.docuportal.web.licensing;
