/**
 * An example of an eligibility rule shipped as a plugin: one class, a {@code META-INF/beans.xml}
 * and a message bundle, in a jar that depends on nothing of the portal but the
 * {@link org.docuportal.eligibility.domain.EligibilityRule} interface and the request it reads.
 */
package org.docuportal.eligibility.example;
