package org.docuportal.web.it;

import java.io.File;
import java.net.URISyntaxException;

import org.docuportal.eligibility.example.MaximumTermRule;
import org.jboss.shrinkwrap.api.ShrinkWrap;
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

    /**
     * The portal plus test classes, for tests that run inside a server of their own. Called where
     * Arquillian asks for the deployment, before it starts that server: the {@link SharedPortal}
     * stops first, since an embedded H2 file opens in one process at a time.
     */
    public static WebArchive portalWith(Class<?>... testClasses) {
        SharedPortal.stop();
        return portal().addClasses(testClasses);
    }

    /**
     * The example eligibility plugin for {@code WEB-INF/lib}: the jar its module packaged, which
     * Maven puts on this module's test class path, taken whole with its beans.xml and bundle.
     */
    public static JavaArchive eligibilityPluginExample() {
        try {
            File jar = new File(MaximumTermRule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return ShrinkWrap.createFromZipFile(JavaArchive.class, jar);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the example plugin's jar", e);
        }
    }
}
