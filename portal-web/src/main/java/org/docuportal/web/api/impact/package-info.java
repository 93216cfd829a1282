/**
 * Impact API: screening surveys for members of licensed institutions, the public answer form for
 * audiences (no account), film survey templates, the policy-impact log and the impact report.
 */
package org.docuportal.web.api.impact;
