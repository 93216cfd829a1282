/**
 * The interfaces side of the shared context: the portal's public address, taken from
 * configuration or from the request being served (through trusted proxies only).
 */
package org.docuportal.web.shared;
