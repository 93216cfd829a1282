/** Pages for running the portal: the mail outbox for platform administrators. */
package org.docuportal.web.operations;
