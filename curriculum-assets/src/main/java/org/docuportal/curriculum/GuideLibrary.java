package org.docuportal.curriculum;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The study guides this jar carries, read once from the classpath, with their web page and PDF
 * rendered on first use and kept. One instance serves the whole application and is safe to share
 * between threads.
 *
 * <p>A classpath cannot be listed inside a jar (and the guides live in a jar in the WAR's
 * {@code WEB-INF/lib}), so the build writes {@code guides/index.txt}, one
 * {@code <film>/<audience>.md} a line, next to the sources it has checked ({@link GuideValidator}).
 */
public final class GuideLibrary {

    /** Where the guides are on the classpath. */
    public static final String ROOT = "guides";

    /** The list of guide sources, written at build time. */
    public static final String INDEX = "index.txt";

    /** The format of the guides this jar carries. */
    private static final MarkdownFormat MARKDOWN = new MarkdownFormat();

    private final Map<GuideId, StudyGuide> guides;
    private final GuideRenderer renderer;
    private final Function<StudyGuide, byte[]> pdfRenderer;
    private final GuideStamper stamper = new GuideStamper();
    private final RenderCache<String> pages = new RenderCache<>();
    private final RenderCache<byte[]> pdfs = new RenderCache<>();

    GuideLibrary(List<StudyGuide> guides, GuideRenderer renderer, Function<StudyGuide, byte[]> pdfRenderer) {
        Map<GuideId, StudyGuide> byId = new LinkedHashMap<>();
        guides.stream().sorted(Comparator.comparing(StudyGuide::film).thenComparing(StudyGuide::audience))
                .forEach(guide -> byId.put(guide.id(), guide));
        this.guides = byId;
        this.renderer = renderer;
        this.pdfRenderer = pdfRenderer;
    }

    /**
     * The guides of this jar, with timecodes in their web pages linking where {@code links} says.
     *
     * @throws IllegalStateException if the index is missing or a listed guide is missing or
     *         malformed, which the build prevents
     */
    public static GuideLibrary fromClasspath(TimecodeLinks links) {
        return load(GuideLibrary.class.getClassLoader(), ROOT, links);
    }

    static GuideLibrary load(ClassLoader loader, String root, TimecodeLinks links) {
        List<StudyGuide> guides = new ArrayList<>();
        for (String path : read(loader, root + "/" + INDEX).lines().map(String::strip).toList()) {
            if (path.isEmpty() || path.startsWith("#")) {
                continue;
            }
            GuideId id = GuideId.fromPath(path).orElseThrow(() -> new IllegalStateException(
                    root + "/" + INDEX + " lists " + path + ", which is not <film>/<audience>.md"));
            String location = root + "/" + path;
            try {
                guides.add(MARKDOWN.read(location, read(loader, location), id));
            } catch (MalformedGuideException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        GuidePdf pdf = new GuidePdf();
        return new GuideLibrary(guides, new GuideRenderer(links), guide -> pdf.render(guide, MARKDOWN));
    }

    /** Every guide, by film and then audience. */
    public List<StudyGuide> guides() {
        return List.copyOf(guides.values());
    }

    public Optional<StudyGuide> find(GuideId id) {
        return Optional.ofNullable(guides.get(id));
    }

    /** A film's guides, one for each audience it has one for. */
    public List<StudyGuide> forFilm(String film) {
        return guides.values().stream().filter(g -> g.film().equals(film)).toList();
    }

    /** The guide's web-page fragment (see {@link GuideRenderer}). */
    public Optional<String> html(GuideId id) {
        return find(id).map(guide -> pages.get(id, () -> renderer.html(guide, MARKDOWN)));
    }

    /** The guide's PDF as rendered, with no stamp: a copy, so callers cannot spoil the cache. */
    public Optional<byte[]> pdf(GuideId id) {
        return find(id).map(guide -> pdfs.get(id, () -> pdfRenderer.apply(guide)).clone());
    }

    /** The guide's PDF stamped for one download (see {@link GuideStamper}). */
    public Optional<byte[]> stampedPdf(GuideId id, GuideStamp stamp) {
        return find(id).map(guide -> stamper.stamp(pdfs.get(id, () -> pdfRenderer.apply(guide)), stamp));
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
