/** Platform administration through the API. */
package org.docuportal.web.api.admin;
