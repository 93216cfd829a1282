/** Pages for platform administrators. */
package org.docuportal.web.admin;
