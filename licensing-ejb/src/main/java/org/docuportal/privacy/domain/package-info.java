/**
 * Privacy: what the portal keeps about a person, for how long, and how a person gets it back or
 * has it forgotten. The rules ({@link org.docuportal.privacy.domain.RetentionPeriod}) and where the
 * person's data is found ({@link org.docuportal.privacy.domain.PersonalDataRepository}); the data
 * itself belongs to the other contexts, which this one reads and pseudonymizes but never reshapes.
 */
package org.docuportal.privacy.domain;
