/**
 * Streaming use cases: starting, renewing and ending playback sessions under a license or a
 * screener, and requesting and deciding screeners. These services are the transaction and
 * security boundary of streaming.
 */
package org.docuportal.entitlement.application;
