/** MicroProfile Health checks. */
package org.docuportal.web.health;
