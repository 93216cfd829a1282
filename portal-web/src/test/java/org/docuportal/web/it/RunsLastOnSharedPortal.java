package org.docuportal.web.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a shared-portal test class that {@link ArquillianClassesFirst} runs after all the others:
 * its requests leave data behind that other classes' assumptions need not survive.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface RunsLastOnSharedPortal {
}
