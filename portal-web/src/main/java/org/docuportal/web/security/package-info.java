/**
 * Jakarta Security configuration (the authentication mechanism and the identity store) and the
 * security headers every response carries.
 */
package org.docuportal.web.security;
