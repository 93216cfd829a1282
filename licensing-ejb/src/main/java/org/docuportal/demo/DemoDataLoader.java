package org.docuportal.demo;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.docuportal.account.domain.Account;
import org.docuportal.account.domain.AccountRepository;
import org.docuportal.account.domain.Role;
import org.docuportal.account.infrastructure.PasswordHasher;
import org.docuportal.catalog.domain.Title;
import org.docuportal.catalog.domain.TitleRepository;
import org.docuportal.curriculum.domain.StudyGuideRepository;
import org.docuportal.entitlement.infrastructure.StreamingSettings;
import org.docuportal.impact.domain.ImpactRepository;
import org.docuportal.institution.domain.InstitutionRepository;
import org.docuportal.licensing.domain.LicensingRepository;
import org.docuportal.shared.config.Setting;
import org.docuportal.shared.jobs.JobLeaseRows;
import org.docuportal.shared.persistence.PortalDataSource;

/**
 * Loads the demo catalog and one demo account per role on start-up, where demo data is on:
 * by default on the embedded database only, never on a production database unless
 * {@code PORTAL_DEMO_DATA=true} asks for it.
 *
 * <p>Only what is missing is added, so a restart keeps whatever a user changed and a demo
 * title deleted on purpose stays deleted only until the next start.
 *
 * <p>Servers that start together on one database load one after the other: the load first locks
 * the {@code demo-data} row of {@code job_lease} for its transaction, so the second server waits for
 * the first one's commit and then finds nothing missing, instead of failing its start on a
 * duplicate title or account.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigrator", "ClusterStartupCheck"})
public class DemoDataLoader {

    /** The password of every demo account; the README lists them. Demo data only, never in production. */
    public static final String DEMO_PASSWORD = "demo-password";

    static final Map<String, Role> DEMO_ACCOUNTS = Map.of(
            "admin@demo.example", Role.PLATFORM_ADMIN,
            "reviewer@demo.example", Role.REVIEWER,
            "editor@demo.example", Role.CURRICULUM_EDITOR,
            "teacher@demo.example", Role.TEACHER,
            "officer@demo.example", Role.TRAINING_OFFICER,
            "schooladmin@demo.example", Role.INSTITUTION_ADMIN,
            "librarian@demo.example", Role.INSTITUTION_ADMIN);

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Inject
    private TitleRepository titles;

    @Inject
    private AccountRepository accounts;

    @Inject
    private InstitutionRepository institutions;

    @Inject
    private LicensingRepository licensing;

    @Inject
    private ImpactRepository impact;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Clock clock;

    @Inject
    private StreamingSettings streaming;

    @Inject
    private JobLeaseRows leases;

    @Inject
    private StudyGuideRepository guides;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @PostConstruct
    void load() {
        if (!isEnabled()) {
            return;
        }
        // Two servers starting together would both find a title missing and both insert it; the second waits here.
        leases.lock(JobLeaseRows.DEMO_DATA_LOCK);
        int added = 0;
        for (Title title : DemoCatalog.titles()) {
            if (!titles.existsBySlug(title.slug())) {
                titles.add(title);
                added++;
            }
        }
        String passwordHash = null;
        for (var demo : DEMO_ACCOUNTS.entrySet()) {
            if (accounts.findByEmail(demo.getKey()).isEmpty()) {
                if (passwordHash == null) {
                    // One hash for all: PBKDF2 at full strength takes a noticeable moment each time.
                    passwordHash = hasher.hash(DEMO_PASSWORD.toCharArray());
                }
                Account account = new Account(demo.getKey(), displayName(demo.getValue()), passwordHash,
                        EnumSet.of(demo.getValue()), clock.instant());
                account.markEmailVerified(clock.instant());
                accounts.add(account);
                added++;
            }
        }
        added += DemoInstitutions.addMissing(institutions, accounts, clock.instant());
        for (Title title : DemoCatalog.titles()) {
            Title stored = titles.findBySlug(title.slug()).orElse(null);
            if (stored != null) {
                added += DemoOffers.addMissing(licensing, stored);
            }
        }
        added += DemoSurveys.addMissingTemplates(impact, titles, clock.instant());
        added += DemoSurveys.addScreeningsOnce(impact, titles, institutions, licensing, clock.instant());
        added += DemoGuides.addMissing(guides, titles, clock.instant());
        added += DemoMedia.installInto(streaming.mediaRoot());
        added += DemoUsage.addMissing(em, institutions, titles, clock.instant());
        if (added > 0) {
            LOG.info("Demo data loaded: " + added + " titles, accounts, institutions, offers, study guides, demo plays, survey templates and demo screenings added (password '" + DEMO_PASSWORD + "')");
        }
    }

    static boolean isEnabled() {
        String setting = Setting.DEMO_DATA.valueOr("auto");
        return "auto".equalsIgnoreCase(setting) ? PortalDataSource.isEmbedded() : Boolean.parseBoolean(setting);
    }

    private static String displayName(Role role) {
        return switch (role) {
            case PLATFORM_ADMIN -> "Demo Platform Administrator";
            case REVIEWER -> "Demo Reviewer";
            case TEACHER -> "Demo Teacher";
            case TRAINING_OFFICER -> "Demo Training Officer";
            case INSTITUTION_ADMIN -> "Demo Institution Administrator";
            case CURRICULUM_EDITOR -> "Demo Curriculum Editor";
        };
    }
}
