/**
 * Scheduled rounds that run once per cluster: every server has the timers, and a round runs on the
 * server that claims its lease, a row of {@code job_lease} taken with one conditional update
 * ({@link org.docuportal.shared.jobs.JobLeases}). A lease held by a server that died runs out, and
 * the next timer of any server takes the round over.
 */
package org.docuportal.shared.jobs;
