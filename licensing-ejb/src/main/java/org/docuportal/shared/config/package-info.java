/**
 * Configuration keys of the portal, read through MicroProfile Config.
 */
package org.docuportal.shared.config;
