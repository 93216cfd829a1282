/**
 * The distributor's catalog: titles with their program details and the rights windows
 * (right type, territory, dates) under which they may be exploited.
 */
package org.docuportal.catalog.domain;
