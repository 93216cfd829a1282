/**
 * The impact services: survey templates for the distributor, screening surveys for members of
 * licensed institutions, the public answer form for audiences, the indicator report and the
 * policy-impact log. Each public method is one transaction and checks who may call it.
 */
package org.docuportal.impact.application;
