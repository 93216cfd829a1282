/**
 * The demo catalog loaded on a first start: real titles built from the distributor's and the
 * producer's own documents, so that a demonstration shows true program details and rights.
 */
package org.docuportal.demo;
