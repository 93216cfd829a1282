/** The JSON API: resources are thin, a DTO in, a service call, a DTO out. */
package org.docuportal.web.api;
