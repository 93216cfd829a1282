/**
 * Privacy services: a person's data export and account deletion
 * ({@link org.docuportal.privacy.application.PersonalDataService}), and the daily pseudonymization
 * of identities in usage records past their retention period
 * ({@link org.docuportal.privacy.application.UsageIdentityRetention},
 * {@link org.docuportal.privacy.application.RetentionJob}).
 */
package org.docuportal.privacy.application;
