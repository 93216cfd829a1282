/**
 * How the pages fail: a bad page parameter, an expired or forged view state, a refused call and an
 * unexpected error each end on a page that says what happened, never on the container's 500 page
 * or an AJAX error that names a Java class.
 */
package org.docuportal.web.pages;
