/** Exceptions and types that every application service uses to talk to the interfaces layer. */
package org.docuportal.shared.application;
