/** Streaming screens: the player page, the watch options on a title's page, screener requests and their review. */
package org.docuportal.web.streaming;
