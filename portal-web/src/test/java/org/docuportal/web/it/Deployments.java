package org.docuportal.web.it;

import java.io.File;
import java.net.URISyntaxException;

import org.docuportal.eligibility.example.MaximumTermRule;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one place integration tests get their deployment from: the portal's own WAR as
 * {@code mvn package} built it, so tests exercise exactly what ships, migrations and
 * security configuration included.
 */
public final class Deployments {

    private Deployments() {
    }

    /** The portal as shipped, for tests that call it over HTTP. */
    public static WebArchive portal() {
        String war = System.getProperty("portal.war", "target/ROOT.war");
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(war));
    }

    /** The portal plus test classes, for tests that run inside the server. */
    public static WebArchive portalWith(Class<?>... testClasses) {
        return portal().addClasses(testClasses);
    }

    /**
     * The example eligibility plugin as its module built it, for {@code WEB-INF/lib}. Maven puts
     * the module's jar on the test class path, or its classes folder when the reactor has not
     * packaged it yet; either is taken whole, beans.xml and message bundle included.
     */
    public static JavaArchive eligibilityPluginExample() {
        File built;
        try {
            built = new File(MaximumTermRule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the example plugin's classes", e);
        }
        if (built.isDirectory()) {
            return ShrinkWrap.create(ExplodedImporter.class, "eligibility-plugin-example.jar")
                    .importDirectory(built).as(JavaArchive.class);
        }
        return ShrinkWrap.createFromZipFile(JavaArchive.class, built);
    }
}
