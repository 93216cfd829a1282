package org.docuportal.curriculum;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The six study guides that come with the portal as demo data: their sources on the classpath, as
 * the build checked them ({@link GuideValidator}). The portal loads them into its database on first
 * start where demo data is on; from then on they are guides like any other, edited in the studio.
 *
 * <p>A classpath cannot be listed inside a jar (and the guides live in a jar in the WAR's
 * {@code WEB-INF/lib}), so the build writes {@code guides/index.txt}, one
 * {@code <film>/<audience>.md} a line, next to the sources it has checked.
 */
public final class DemoGuideSources {

    /** Where the guides are on the classpath. */
    public static final String ROOT = "guides";

    /** The list of guide sources, written at build time. */
    public static final String INDEX = "index.txt";

    /** One demo guide's source, in Markdown, and the guide it is. */
    public record Source(GuideId id, String text) {
    }

    private DemoGuideSources() {
    }

    /**
     * The demo guides of this jar, in the index's order.
     *
     * @throws IllegalStateException if the index is missing or lists a missing or misplaced file, which the build prevents
     */
    public static List<Source> fromClasspath() {
        return load(DemoGuideSources.class.getClassLoader(), ROOT);
    }

    static List<Source> load(ClassLoader loader, String root) {
        List<Source> sources = new ArrayList<>();
        for (String path : read(loader, root + "/" + INDEX).lines().map(String::strip).toList()) {
            if (path.isEmpty() || path.startsWith("#")) {
                continue;
            }
            GuideId id = GuideId.fromPath(path).orElseThrow(() -> new IllegalStateException(
                    root + "/" + INDEX + " lists " + path + ", which is not <film>/<audience>.md"));
            sources.add(new Source(id, read(loader, root + "/" + path)));
        }
        return sources;
    }

    private static String read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath; the curriculum-assets build writes "
                        + ROOT + "/" + INDEX + " and copies the guides");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
