/** The reviewers' pages: the queue and the review of one institution. */
package org.docuportal.web.review;
