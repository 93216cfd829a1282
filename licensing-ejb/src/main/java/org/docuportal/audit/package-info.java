/**
 * The audit log: every administrative change — who, when, what, before and after — written in the
 * transaction of the change itself and never changed afterwards. Sits just above {@code shared} so
 * that every context, accounts included, can record into it.
 */
package org.docuportal.audit;
