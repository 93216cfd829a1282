package org.docuportal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.docuportal.account.application.AccountService;
import org.docuportal.account.application.AuthenticationResult;
import org.docuportal.account.domain.Account;
import org.docuportal.account.domain.AccountRepository;
import org.docuportal.account.domain.Role;
import org.docuportal.account.infrastructure.PasswordHasher;
import org.docuportal.catalog.application.CatalogService;
import org.docuportal.catalog.domain.CatalogEntry;
import org.docuportal.catalog.domain.CatalogSearch;
import org.docuportal.catalog.domain.CountryCode;
import org.docuportal.catalog.domain.LanguageKind;
import org.docuportal.catalog.domain.LanguageVersion;
import org.docuportal.catalog.domain.RightType;
import org.docuportal.catalog.domain.Territory;
import org.docuportal.catalog.domain.Title;
import org.docuportal.catalog.domain.TitleStatus;
import org.docuportal.shared.persistence.DatabaseMigrator;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.SessionEventManager;
import org.flywaydb.core.Flyway;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside the server against the real database (H2 by default, PostgreSQL in the CI leg):
 * migrations, catalog queries and login throttling. Test data is rolled back or uses fresh
 * names, so the demo catalog stays as it is.
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(PersistenceIT.class);
    }

    @Inject
    private CatalogService catalog;

    @Inject
    private AccountService accountService;

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordHasher hasher;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Resource(lookup = DatabaseMigrator.DATA_SOURCE)
    private DataSource dataSource;

    @Test
    void everyMigrationIsAppliedAndTheSchemaMatchesThem() {
        Flyway flyway = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource).locations("classpath:db/migration").load();
        assertEquals(0, flyway.info().pending().length, "no migration left pending");
        assertTrue(flyway.validateWithResult().validationSuccessful, "applied migrations match their files");
    }

    @Test
    void theCatalogPageCostsTheSameNumberOfStatementsFor10TitlesAsFor1000() throws Exception {
        // Registered before the transaction: sessions copy their listeners when the transaction acquires them.
        StatementCounter counter = StatementCounter.on(em);
        tx.begin();
        try {
            addTitles(10);
            int withTen = counter.count(() -> catalog.search(CatalogSearch.all(0, 100)));
            addTitles(990);
            int withThousand = counter.count(() -> catalog.search(CatalogSearch.all(0, 100)));

            var page = catalog.search(CatalogSearch.all(0, 100));
            assertEquals(100, page.entries().size());
            assertTrue(page.totalEntries() >= 1000);
            CatalogEntry generated = page.entries().stream().filter(e -> e.slug().startsWith("n1-")).findFirst().orElseThrow();
            assertEquals(List.of("Subject A", "Subject B"), generated.subjects(), "collections are filled in order");
            assertEquals(1, generated.languageVersions().size());
            assertEquals(withTen, withThousand, "statements for a page must not grow with the catalog");
            assertEquals(5, withTen, "count, page, subjects, languages, alternate titles");
        } finally {
            tx.rollback();
            counter.remove();
        }
    }

    @Test
    void theRightFilterHonoursTerritoriesExclusionsAndDates() throws Exception {
        tx.begin();
        try {
            String tag = UUID.randomUUID().toString().substring(0, 8);
            Title worldwideButChina = title("rf-" + tag + "-a");
            worldwideButChina.grantRights(RightType.EDUCATIONAL, Territory.worldwideExcept(Set.of(CountryCode.of("CN"))),
                    LocalDate.of(2020, 1, 1), null);
            Title koreaOnlyUntil2024 = title("rf-" + tag + "-b");
            koreaOnlyUntil2024.grantRights(RightType.EDUCATIONAL, Territory.countries(Set.of(CountryCode.of("KR"))),
                    LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31));
            em.persist(worldwideButChina);
            em.persist(koreaOnlyUntil2024);
            em.flush();

            assertEquals(Set.of(), slugsWithRight(tag, "CN", LocalDate.of(2023, 6, 1)));
            assertEquals(Set.of("rf-" + tag + "-a", "rf-" + tag + "-b"), slugsWithRight(tag, "KR", LocalDate.of(2023, 6, 1)));
            assertEquals(Set.of("rf-" + tag + "-a"), slugsWithRight(tag, "KR", LocalDate.of(2025, 1, 1)));
            assertEquals(Set.of("rf-" + tag + "-a"), slugsWithRight(tag, "US", LocalDate.of(2023, 6, 1)));
            assertEquals(Set.of(), slugsWithRight(tag, "US", LocalDate.of(2019, 12, 31)));
        } finally {
            tx.rollback();
        }
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountEvenAgainstTheRightPassword() throws Exception {
        String email = "lock-" + UUID.randomUUID() + "@test.example";
        tx.begin();
        accounts.add(new Account(email, "Lock Test", hasher.hash("right-password".toCharArray()),
                EnumSet.of(Role.TEACHER), java.time.Instant.now()));
        tx.commit();

        for (int i = 0; i < 4; i++) {
            assertEquals(AuthenticationResult.Status.INVALID, accountService.authenticate(email, "wrong".toCharArray()).status());
        }
        assertTrue(accountService.authenticate(email, "right-password".toCharArray()).isAuthenticated(),
                "a success before the limit resets the count");
        for (int i = 0; i < 4; i++) {
            accountService.authenticate(email, "wrong".toCharArray());
        }
        assertEquals(AuthenticationResult.Status.LOCKED, accountService.authenticate(email, "wrong".toCharArray()).status(),
                "the fifth failure in a row locks the account");
        AuthenticationResult locked = accountService.authenticate(email, "right-password".toCharArray());
        assertEquals(AuthenticationResult.Status.LOCKED, locked.status(), "while locked, even the right password fails");
        assertTrue(locked.lockedUntil().isAfter(java.time.Instant.now().plusSeconds(14 * 60)));
    }

    @Test
    void passwordsAreStoredAsPbkdf2HashesOfTodaysStrength() {
        String stored = accounts.findByEmail("teacher@demo.example").orElseThrow().passwordHash();
        assertTrue(stored.startsWith("PBKDF2WithHmacSHA256:600000:"), stored.substring(0, 30));
        assertFalse(stored.contains("demo-password"));
    }

    private Set<String> slugsWithRight(String tag, String country, LocalDate day) {
        // No text: the text search reads committed titles (its index may lag a second behind), these are not committed.
        var search = new CatalogSearch(null, null, null, null, null, RightType.EDUCATIONAL,
                CountryCode.of(country), day, 0, 100);
        return catalog.search(search).entries().stream().map(CatalogEntry::slug)
                .filter(slug -> slug.startsWith("rf-" + tag))
                .collect(java.util.stream.Collectors.toSet());
    }

    private Title title(String slug) {
        return new Title(slug, "Title " + slug, "Synopsis of " + slug, "en", TitleStatus.AVAILABLE);
    }

    private void addTitles(int count) {
        String batch = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < count; i++) {
            Title t = title("n1-" + batch + "-" + i).describe(null, 50 + i % 60, 2000 + i % 25, "Test supplier");
            t.classifyUnder("Subject A").classifyUnder("Subject B");
            t.offerLanguage(new LanguageVersion("en", LanguageKind.AUDIO));
            em.persist(t);
        }
        em.flush();
        em.clear();
    }

    /** Counts the SQL statements this thread sends while an action runs. */
    private static final class StatementCounter extends SessionEventAdapter {

        private final SessionEventManager events;
        private final Thread thread = Thread.currentThread();
        private final AtomicInteger count = new AtomicInteger();
        private volatile boolean counting;

        private StatementCounter(SessionEventManager events) {
            this.events = events;
        }

        static StatementCounter on(EntityManager em) {
            SessionEventManager events = em.getEntityManagerFactory().unwrap(JpaEntityManagerFactory.class)
                    .getServerSession().getEventManager();
            StatementCounter counter = new StatementCounter(events);
            events.addListener(counter);
            return counter;
        }

        int count(Runnable action) {
            count.set(0);
            counting = true;
            try {
                action.run();
            } finally {
                counting = false;
            }
            return count.get();
        }

        void remove() {
            events.removeListener(this);
        }

        @Override
        public void preExecuteCall(SessionEvent event) {
            if (counting && Thread.currentThread() == thread) {
                count.incrementAndGet();
            }
        }
    }
}
