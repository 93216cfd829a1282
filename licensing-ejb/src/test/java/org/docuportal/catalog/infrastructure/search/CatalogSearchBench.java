package org.docuportal.catalog.infrastructure.search;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.docuportal.catalog.domain.CatalogRevision;
import org.docuportal.catalog.domain.TitleText;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The benchmark behind docs/benchmarks.md ("Catalog search"): the old {@code LIKE '%…%'} search
 * against the Lucene index on 10,000 generated titles. Not a test (its name keeps it out of the
 * build); run it by hand:
 * <pre>./mvnw -B -ntp -o test -pl licensing-ejb -am -Dtest=CatalogSearchBench -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * With {@code -Dbench.url=jdbc:postgresql://… -Dbench.user=… -Dbench.password=…} it runs on
 * PostgreSQL (an empty database: the schema is migrated and the titles are inserted there).
 *
 * <p>It times the statements the portal sends, as plain JDBC, so that the figures show the search
 * itself rather than JPA; the page of results is read the same way for both (one statement).
 */
class CatalogSearchBench {

    private static final int TITLES = 10_000;
    private static final int ROUNDS = 50;
    private static final List<String> QUERIES = List.of("kim il sung", "Kim Ilsung", "war", "김일성", "金日成", "POW", "zzqx");

    private static final String[] WORDS = ("war peace children orphan school river mountain village city north south east "
            + "west history memory family mother father prisoner soldier border train island winter summer music "
            + "teacher farmer fisher factory election revolution archive letter journey return exile harbor bridge "
            + "forest desert ocean voice silence light shadow street market festival").split(" ");
    private static final String[] HANGUL = "전쟁 평화 아이들 고아 학교 강 산 마을 도시 북한 역사 기억 가족 어머니 아버지 포로 군인 국경 기차 섬".split(" ");
    private static final String[] KANJI = "戦争 平和 子供 孤児 学校 川 山 村 都市 歴史 記憶 家族 母 父 捕虜 兵士 国境 列車 島 冬".split(" ");
    private static final String[] SUBJECTS = {"History", "Human rights", "Korean War", "Cold War", "Migration",
            "Education", "Environment", "Music", "Prisoners of war", "Biography"};

    @Test
    void likeAgainstLucene() throws Exception {
        String url = System.getProperty("bench.url", "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1");
        String user = System.getProperty("bench.user", "bench");
        String password = System.getProperty("bench.password", "");
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            fill(db);
            System.out.printf(Locale.ROOT, "%n== catalog search benchmark: %,d titles on %s, median of %d rounds ==%n",
                    TITLES, db.getMetaData().getDatabaseProductName() + " " + db.getMetaData().getDatabaseProductVersion(), ROUNDS);

            System.out.printf(Locale.ROOT, "revision check (COUNT, MAX(id), SUM(version)): %.2f ms%n",
                    median(() -> revision(db)));
            double read = median(() -> texts(db), 10);
            System.out.printf(Locale.ROOT, "reading the titles' words (3 statements): %.1f ms%n", read);
            List<TitleText> texts = texts(db);
            Analyzer queryAnalyzer = TitleAnalyzers.query(TitleAnalyzers.synonyms());
            double build = median(() -> TitleIndexSnapshot.build(texts, revision(db), queryAnalyzer), 10);
            long heapBefore = usedHeap();
            TitleIndexSnapshot index = TitleIndexSnapshot.build(texts, revision(db), queryAnalyzer);
            long heapAfter = usedHeap();
            System.out.printf(Locale.ROOT, "index build: %.1f ms; index files %,d bytes; heap held by the snapshot about %,d bytes%n",
                    build, index.bytes(), heapAfter - heapBefore);

            System.out.println("| query | LIKE matches | LIKE (count + page) ms | Lucene matches | Lucene rank ms | ids by filter + page ms | new total (revision + rank + filter + page) ms |");
            System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
            for (String q : QUERIES) {
                int likeMatches = likeCount(db, q);
                double like = median(() -> {
                    likeCount(db, q);
                    likePage(db, q);
                });
                List<Long> ranked = index.rank(q);
                double rank = median(() -> index.rank(q));
                double filterAndPage = median(() -> rankedPage(db, ranked));
                double total = median(() -> {
                    revision(db);
                    rankedPage(db, index.rank(q));
                });
                System.out.printf(Locale.ROOT, "| %s | %,d | %.2f | %,d | %.2f | %.2f | %.2f |%n",
                        q, likeMatches, like, ranked.size(), rank, filterAndPage, total);
            }
        }
    }

    private static void fill(Connection db) throws SQLException {
        Random random = new Random(13);
        db.setAutoCommit(false);
        try (PreparedStatement title = db.prepareStatement("INSERT INTO title (id, slug, title, original_title, synopsis,"
                + " runtime_minutes, production_year, original_language, status, search_text, version, publication)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'AVAILABLE', ?, 1, 'PUBLISHED')");
             PreparedStatement subject = db.prepareStatement("INSERT INTO title_subject (title_id, position, subject) VALUES (?, ?, ?)");
             PreparedStatement alternate = db.prepareStatement(
                     "INSERT INTO title_alternate_title (title_id, position, alternate_title) VALUES (?, ?, ?)")) {
            for (int i = 1; i <= TITLES; i++) {
                String name = capitalized(words(random, WORDS, 2 + random.nextInt(3), " "));
                String original = switch (i % 3) {
                    case 0 -> words(random, HANGUL, 2 + random.nextInt(2), " ");
                    case 1 -> words(random, KANJI, 2 + random.nextInt(2), "");
                    default -> null;
                };
                String synopsis = capitalized(words(random, WORDS, 40 + random.nextInt(40), " ")) + ".";
                List<String> subjects = List.of(SUBJECTS[i % SUBJECTS.length], SUBJECTS[(i * 7 + 3) % SUBJECTS.length]);
                List<String> alternates = i % 4 == 0 ? List.of(name + " (working title)") : List.of();
                if (i == TITLES / 2) {
                    name = "Kim Il Sung's Children";
                    original = "김일성의 아이들";
                    alternates = List.of("Kim Il-sung's Children", "金日成の子供たち");
                }
                StringBuilder search = new StringBuilder(name).append('\n').append(synopsis);
                if (original != null) {
                    search.append('\n').append(original);
                }
                alternates.forEach(a -> search.append('\n').append(a));
                subjects.forEach(s -> search.append('\n').append(s));
                title.setLong(1, i);
                title.setString(2, "bench-" + i);
                title.setString(3, name);
                title.setString(4, original);
                title.setString(5, synopsis);
                title.setInt(6, 30 + random.nextInt(90));
                title.setInt(7, 1990 + random.nextInt(35));
                title.setString(8, i % 3 == 0 ? "ko" : i % 3 == 1 ? "ja" : "en");
                title.setString(9, search.toString().toLowerCase(Locale.ROOT));
                title.addBatch();
                for (int p = 0; p < subjects.size(); p++) {
                    subject.setLong(1, i);
                    subject.setInt(2, p);
                    subject.setString(3, subjects.get(p));
                    subject.addBatch();
                }
                for (int p = 0; p < alternates.size(); p++) {
                    alternate.setLong(1, i);
                    alternate.setInt(2, p);
                    alternate.setString(3, alternates.get(p));
                    alternate.addBatch();
                }
                if (i % 1000 == 0) {
                    title.executeBatch();
                    subject.executeBatch();
                    alternate.executeBatch();
                }
            }
        }
        db.commit();
        db.setAutoCommit(true);
    }

    private static String words(Random random, String[] from, int count, String separator) {
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            chosen.add(from[random.nextInt(from.length)]);
        }
        return String.join(separator, chosen);
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static CatalogRevision revision(Connection db) {
        try (PreparedStatement s = db.prepareStatement("SELECT COUNT(*), MAX(id), SUM(version) FROM title");
             ResultSet r = s.executeQuery()) {
            r.next();
            return new CatalogRevision(r.getLong(1), r.getLong(2), r.getLong(3));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<TitleText> texts(Connection db) {
        try {
            Map<Long, List<String>> alternates = collection(db, "SELECT title_id, alternate_title FROM title_alternate_title ORDER BY title_id, position");
            Map<Long, List<String>> subjects = collection(db, "SELECT title_id, subject FROM title_subject ORDER BY title_id, position");
            List<TitleText> texts = new ArrayList<>();
            try (PreparedStatement s = db.prepareStatement("SELECT id, title, original_title, synopsis FROM title ORDER BY id");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    texts.add(new TitleText(id, r.getString(2), r.getString(3), alternates.getOrDefault(id, List.of()),
                            r.getString(4), subjects.getOrDefault(id, List.of())));
                }
            }
            return texts;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<Long, List<String>> collection(Connection db, String sql) throws SQLException {
        Map<Long, List<String>> byTitle = new HashMap<>();
        try (PreparedStatement s = db.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                byTitle.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(r.getString(2));
            }
        }
        return byTitle;
    }

    private static String like(String q) {
        return "%" + q.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static int likeCount(Connection db, String q) {
        try (PreparedStatement s = db.prepareStatement(
                "SELECT COUNT(*) FROM title t WHERE t.publication IN ('PUBLISHED') AND t.search_text LIKE ?")) {
            s.setString(1, like(q));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void likePage(Connection db, String q) {
        try (PreparedStatement s = db.prepareStatement("SELECT t.id, t.slug, t.title, t.original_title, t.synopsis"
                + " FROM title t WHERE t.publication IN ('PUBLISHED') AND t.search_text LIKE ?"
                + " ORDER BY t.status, t.title, t.id LIMIT 20")) {
            s.setString(1, like(q));
            drain(s);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What JpaTitleRepository does with the index's ranking: the ids the filters allow (among up to 500 matches), then one page. */
    private static void rankedPage(Connection db, List<Long> ranked) {
        if (ranked.isEmpty()) {
            return;
        }
        try {
            Set<Long> allowed = new HashSet<>();
            boolean few = ranked.size() <= 500;
            String sql = "SELECT t.id FROM title t WHERE t.publication IN ('PUBLISHED')"
                    + (few ? " AND t.id IN (" + String.join(",", java.util.Collections.nCopies(ranked.size(), "?")) + ")" : "");
            try (PreparedStatement s = db.prepareStatement(sql)) {
                if (few) {
                    for (int i = 0; i < ranked.size(); i++) {
                        s.setLong(i + 1, ranked.get(i));
                    }
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        allowed.add(r.getLong(1));
                    }
                }
            }
            List<Long> page = ranked.stream().filter(allowed::contains).limit(20).toList();
            String marks = String.join(",", java.util.Collections.nCopies(page.size(), "?"));
            try (PreparedStatement s = db.prepareStatement("SELECT t.id, t.slug, t.title, t.original_title, t.synopsis"
                    + " FROM title t WHERE t.id IN (" + marks + ")")) {
                for (int i = 0; i < page.size(); i++) {
                    s.setLong(i + 1, page.get(i));
                }
                drain(s);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void drain(PreparedStatement s) throws SQLException {
        try (ResultSet r = s.executeQuery()) {
            Map<Long, String> rows = new LinkedHashMap<>();
            while (r.next()) {
                rows.put(r.getLong(1), r.getString(3));
            }
        }
    }

    private static double median(Runnable action) {
        return median(action, ROUNDS);
    }

    private static double median(Runnable action, int rounds) {
        for (int i = 0; i < Math.max(5, rounds / 4); i++) {
            action.run();
        }
        double[] millis = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            action.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[rounds / 2];
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
