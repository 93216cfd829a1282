/**
 * What the catalog offers to the rest of the portal: its services and the formats they take in,
 * such as the avails CSV a distributor uploads to state rights windows for many titles at once.
 */
package org.docuportal.catalog.application;
