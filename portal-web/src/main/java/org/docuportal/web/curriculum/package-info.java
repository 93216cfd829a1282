/** Study-guide screens: the guides box of a title's page and a guide's own page. */
package org.docuportal.web.curriculum;
