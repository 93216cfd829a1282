/** The portal's interfaces: pages, their beans, the JSON API and security configuration. No business rule lives here. */
package org.docuportal.web;
