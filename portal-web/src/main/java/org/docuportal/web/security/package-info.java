/** Jakarta Security configuration: the authentication mechanism and the identity store. */
package org.docuportal.web.security;
