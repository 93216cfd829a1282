package org.docuportal.web.it;

import java.util.Comparator;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Runs the test classes that do not use the {@link SharedPortal} first (unit tests, and the classes
 * Arquillian deploys a server of their own for), then the ones that do, each group in the order
 * Maven gave: the shared portal, which must not run beside another server on the same H2 file,
 * then starts once and stays up. Named in the failsafe configuration of the pom.
 */
public final class ArquillianClassesFirst implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        // List.sort is stable: within each group the order stays as given.
        context.getClassDescriptors().sort(Comparator.comparing(ArquillianClassesFirst::usesSharedPortal));
    }

    private static boolean usesSharedPortal(ClassDescriptor descriptor) {
        return AnnotationSupport.findRepeatableAnnotations(descriptor.getTestClass(), ExtendWith.class).stream()
                .anyMatch(extendWith -> java.util.Arrays.asList(extendWith.value()).contains(SharedPortal.class));
    }
}
