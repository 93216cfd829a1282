package org.docuportal.catalog.infrastructure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.docuportal.catalog.domain.CatalogEntry;
import org.docuportal.catalog.domain.CatalogPage;
import org.docuportal.catalog.domain.CatalogRevision;
import org.docuportal.catalog.domain.CatalogSearch;
import org.docuportal.catalog.domain.LanguageVersion;
import org.docuportal.catalog.domain.Title;
import org.docuportal.catalog.domain.TitleListing;
import org.docuportal.catalog.domain.TitlePublication;
import org.docuportal.catalog.domain.TitleRepository;
import org.docuportal.catalog.domain.TitleStatus;
import org.docuportal.catalog.domain.TitleText;

/**
 * Titles in JPA. Joins the calling service's transaction.
 *
 * <p>The catalog search reads a page in four statements whatever the catalog's size: the
 * count, the page of titles as a projection, then the subjects and the language versions of
 * just those titles. Fetch joins would break paging and lazy collections would cost a query
 * per title. With words to look for, the ranking comes from the search index, and the filters
 * here decide which of its titles the caller may see (see {@link #rankedPage}).
 */
@ApplicationScoped
public class JpaTitleRepository implements TitleRepository {

    private static final String ENTRY_COLUMNS = "SELECT t.id, t.slug, t.title, t.originalTitle, t.synopsis, t.runtimeMinutes,"
            + " t.productionYear, t.status, t.posterPath, t.originalLanguage, t.publication FROM Title t";

    private static final int FEW_MATCHES = 500;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<Title> findBySlug(String slug) {
        // Every title's slug has the slug form (the constructor insists), so nothing else can match; and
        // text such as a NUL byte from an address would make PostgreSQL refuse the query outright.
        if (!Title.isValidSlug(slug)) {
            return Optional.empty();
        }
        return em.createQuery("SELECT t FROM Title t WHERE t.slug = :slug", Title.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Map<String, Title> findBySlugs(Collection<String> slugs) {
        Map<String, Title> bySlug = new HashMap<>();
        List<String> wellFormed = slugs.stream().filter(Title::isValidSlug).distinct().toList();
        if (wellFormed.isEmpty()) {
            return bySlug;
        }
        em.createQuery("SELECT t FROM Title t WHERE t.slug IN :slugs", Title.class)
                .setParameter("slugs", wellFormed)
                .getResultList()
                .forEach(t -> bySlug.put(t.slug(), t));
        return bySlug;
    }

    @Override
    public boolean existsBySlug(String slug) {
        if (!Title.isValidSlug(slug)) {
            return false;
        }
        return em.createQuery("SELECT COUNT(t) FROM Title t WHERE t.slug = :slug", Long.class)
                .setParameter("slug", slug)
                .getSingleResult() > 0;
    }

    @Override
    public void add(Title title) {
        em.persist(title);
    }

    @Override
    public CatalogPage search(CatalogSearch search, Set<TitlePublication> shown, List<Long> textMatches) {
        SearchQuery where = SearchQuery.of(search, shown);
        if (textMatches != null) {
            return rankedPage(search, where, textMatches);
        }
        long total = where.bind(em.createQuery("SELECT COUNT(t) FROM Title t" + where.jpql(), Long.class))
                .getSingleResult();
        if (total == 0 || search.offset() >= total) {
            return new CatalogPage(List.of(), search.page(), search.size(), total);
        }
        List<Object[]> rows = where.bind(em.createQuery(ENTRY_COLUMNS + where.jpql()
                        + " ORDER BY t.status ASC, t.title ASC, t.id ASC", Object[].class))
                .setFirstResult(search.offset())
                .setMaxResults(search.size())
                .getResultList();
        return new CatalogPage(entries(rows), search.page(), search.size(), total);
    }

    /**
     * The filters select ids only (a few bytes per title, even for a large catalog), the index's
     * order is kept, and only the page's titles are read. Up to {@value #FEW_MATCHES} matches are
     * bound as an IN list; more would approach PostgreSQL's limit of bind parameters when a common
     * word matches most titles, so then every allowed id is read instead.
     */
    private CatalogPage rankedPage(CatalogSearch search, SearchQuery where, List<Long> textMatches) {
        if (textMatches.isEmpty()) {
            return new CatalogPage(List.of(), search.page(), search.size(), 0);
        }
        // A few matches are bound as a list, so the database returns only those; many are checked against all allowed ids.
        boolean few = textMatches.size() <= FEW_MATCHES;
        TypedQuery<Long> ids = where.bind(em.createQuery("SELECT t.id FROM Title t" + where.jpql()
                + (few ? " AND t.id IN :matches" : ""), Long.class));
        if (few) {
            ids.setParameter("matches", textMatches);
        }
        Set<Long> allowed = new HashSet<>(ids.getResultList());
        List<Long> matching = textMatches.stream().filter(allowed::contains).toList();
        if (search.offset() >= matching.size()) {
            return new CatalogPage(List.of(), search.page(), search.size(), matching.size());
        }
        List<Long> pageIds = matching.subList(search.offset(), Math.min(matching.size(), search.offset() + search.size()));
        Map<Long, Object[]> byId = new HashMap<>();
        em.createQuery(ENTRY_COLUMNS + " WHERE t.id IN :ids", Object[].class)
                .setParameter("ids", pageIds)
                .getResultList()
                .forEach(r -> byId.put((Long) r[0], r));
        List<Object[]> rows = pageIds.stream().map(byId::get).filter(Objects::nonNull).toList();
        return new CatalogPage(entries(rows), search.page(), search.size(), matching.size());
    }

    private List<CatalogEntry> entries(List<Object[]> rows) {
        List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
        Map<Long, List<String>> subjects = subjectsOf(ids);
        Map<Long, List<LanguageVersion>> languages = languageVersionsOf(ids);
        Map<Long, List<String>> alternates = orderedCollection(
                "SELECT t.id, INDEX(a), a FROM Title t JOIN t.alternateTitles a WHERE t.id IN :ids", ids);
        List<CatalogEntry> entries = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            Long id = (Long) r[0];
            entries.add(new CatalogEntry((String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    (Integer) r[5], (Integer) r[6], (TitleStatus) r[7], (TitlePublication) r[10], (String) r[8], (String) r[9],
                    subjects.getOrDefault(id, List.of()), languages.getOrDefault(id, List.of()),
                    alternates.getOrDefault(id, List.of())));
        }
        return entries;
    }

    @Override
    public List<TitleText> texts() {
        List<Object[]> rows = em.createQuery(
                        "SELECT t.id, t.title, t.originalTitle, t.synopsis FROM Title t ORDER BY t.id", Object[].class)
                .getResultList();
        Map<Long, List<String>> alternates = orderedCollection(
                "SELECT t.id, INDEX(a), a FROM Title t JOIN t.alternateTitles a", null);
        Map<Long, List<String>> subjects = orderedCollection(
                "SELECT t.id, INDEX(s), s FROM Title t JOIN t.subjects s", null);
        return rows.stream()
                .map(r -> new TitleText((Long) r[0], (String) r[1], (String) r[2],
                        alternates.getOrDefault((Long) r[0], List.of()), (String) r[3],
                        subjects.getOrDefault((Long) r[0], List.of())))
                .toList();
    }

    @Override
    public CatalogRevision revision() {
        Object[] r = em.createQuery("SELECT COUNT(t), MAX(t.id), SUM(t.version) FROM Title t", Object[].class)
                .getSingleResult();
        return new CatalogRevision(number(r[0]), number(r[1]), number(r[2]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private Map<Long, List<String>> subjectsOf(List<Long> ids) {
        return orderedCollection("SELECT t.id, INDEX(s), s FROM Title t JOIN t.subjects s WHERE t.id IN :ids", ids);
    }

    /** An ordered string collection by title; {@code ids} binds the query's {@code :ids} unless null. */
    private Map<Long, List<String>> orderedCollection(String jpql, List<Long> ids) {
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class);
        if (ids != null) {
            query.setParameter("ids", ids);
        }
        // EclipseLink cannot order by an element collection's value, so the order is restored here.
        List<Object[]> rows = new ArrayList<>(query.getResultList());
        rows.sort(Comparator.comparing((Object[] r) -> (Long) r[0]).thenComparing(r -> (Integer) r[1]));
        Map<Long, List<String>> byTitle = new LinkedHashMap<>();
        rows.forEach(r -> byTitle.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[2]));
        return byTitle;
    }

    private Map<Long, List<LanguageVersion>> languageVersionsOf(List<Long> ids) {
        Map<Long, List<LanguageVersion>> byTitle = new LinkedHashMap<>();
        em.createQuery("SELECT t.id, v FROM Title t JOIN t.languageVersions v WHERE t.id IN :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(r -> byTitle.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((LanguageVersion) r[1]));
        return byTitle;
    }

    @Override
    public List<String> subjects() {
        List<String> subjects = new ArrayList<>(
                em.createQuery("SELECT DISTINCT s FROM Title t JOIN t.subjects s WHERE t.publication = :listed", String.class)
                        .setParameter("listed", TitlePublication.PUBLISHED)
                        .getResultList());
        subjects.sort(String.CASE_INSENSITIVE_ORDER);
        return subjects;
    }

    @Override
    public List<String> languages() {
        List<String> tags = new ArrayList<>(em.createQuery(
                        "SELECT DISTINCT t.originalLanguage FROM Title t WHERE t.publication = :listed", String.class)
                .setParameter("listed", TitlePublication.PUBLISHED)
                .getResultList());
        for (String tag : em.createQuery(
                        "SELECT DISTINCT v.language FROM Title t JOIN t.languageVersions v WHERE t.publication = :listed", String.class)
                .setParameter("listed", TitlePublication.PUBLISHED)
                .getResultList()) {
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        tags.sort(String::compareTo);
        return tags;
    }

    @Override
    public List<TitleListing> listing(TitlePublication publication) {
        String where = publication == null ? "" : " WHERE t.publication = :publication";
        TypedQuery<Object[]> query = em.createQuery("SELECT t.slug, t.title, t.originalTitle, t.status, t.publication,"
                + " t.posterPath FROM Title t" + where + " ORDER BY t.title ASC, t.id ASC", Object[].class);
        if (publication != null) {
            query.setParameter("publication", publication);
        }
        return query.getResultList().stream()
                .map(r -> new TitleListing((String) r[0], (String) r[1], (String) r[2], (TitleStatus) r[3],
                        (TitlePublication) r[4], r[5] != null))
                .toList();
    }

    /** The WHERE clause of a catalog search and its parameters, shared by the count and the page query. */
    private record SearchQuery(String jpql, Map<String, Object> parameters) {

        static SearchQuery of(CatalogSearch s, Set<TitlePublication> shown) {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> params = new HashMap<>();
            // Mirrors TitlePublication.isListed for the public, plus drafts for platform administrators.
            conditions.add("t.publication IN :shown");
            params.put("shown", List.copyOf(shown));
            // Sub-queries are written as "t.id IN (...)": EclipseLink parses those reliably, and
            // MEMBER OF on element collections would turn into inner joins that drop rows.
            // The text is not a condition here: the TitleTextIndex ranks it and the caller passes the matches.
            if (s.subject() != null) {
                conditions.add("t.id IN (SELECT tj.id FROM Title tj JOIN tj.subjects sj WHERE sj = :subject)");
                params.put("subject", s.subject());
            }
            if (s.language() != null) {
                conditions.add("(t.originalLanguage = :language"
                        + " OR t.id IN (SELECT tl.id FROM Title tl JOIN tl.languageVersions lv WHERE lv.language = :language))");
                params.put("language", s.language());
            }
            if (s.minRuntime() != null) {
                conditions.add("t.runtimeMinutes >= :minRuntime");
                params.put("minRuntime", s.minRuntime());
            }
            if (s.maxRuntime() != null) {
                conditions.add("t.runtimeMinutes <= :maxRuntime");
                params.put("maxRuntime", s.maxRuntime());
            }
            if (s.rightType() != null) {
                // Mirrors RightsWindow.isAvailableIn: open on the day, and the territory covers the country.
                conditions.add("t.id IN (SELECT w.title.id FROM RightsWindow w WHERE w.rightType = :rightType"
                        + " AND w.startDate <= :day AND (w.endDate IS NULL OR w.endDate >= :day)"
                        + " AND (w.worldwide = :worldwide"
                        + "      OR w.id IN (SELECT wc.id FROM RightsWindow wc JOIN wc.countries c WHERE c = :country))"
                        + " AND w.id NOT IN (SELECT wx.id FROM RightsWindow wx JOIN wx.excludedCountries x WHERE x = :country))");
                params.put("rightType", s.rightType());
                params.put("day", s.date());
                params.put("worldwide", Boolean.TRUE);
                params.put("country", s.country().code());
            }
            String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
            return new SearchQuery(where, params);
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }
}
