package org.docuportal.reporting.infrastructure;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.docuportal.reporting.domain.ReportingPeriod;
import org.docuportal.reporting.domain.TitleMonthUsage;
import org.docuportal.reporting.domain.UsageRepository;
import org.docuportal.reporting.domain.UsageRow;
import org.docuportal.reporting.domain.UsageScope;
import org.docuportal.reporting.infrastructure.UsageQueries.Grain;

/**
 * Runs {@link UsageQueries} through the portal's persistence unit. Drivers differ in the Java types
 * of sums and dates (PostgreSQL sums bigints into numerics, H2 may hand back a {@code LocalDate}),
 * so results are read as {@link Number}s and either kind of date.
 */
@ApplicationScoped
public class JpaUsageRepository implements UsageRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public List<UsageRow> byTitleInstitutionCountryAndMonth(ReportingPeriod period, UsageScope scope) {
        return rows(Grain.TITLE_INSTITUTION_COUNTRY_MONTH, period, scope).stream()
                .map(r -> new UsageRow(month(r[0]), (String) r[1], (String) r[2], r[3] == null ? null : ((Number) r[3]).longValue(),
                        (String) r[4], (String) r[5], count(r[6]), count(r[7]), count(r[8]), count(r[9]), count(r[10])))
                .toList();
    }

    @Override
    public List<TitleMonthUsage> byTitleAndMonth(ReportingPeriod period, UsageScope scope) {
        return rows(Grain.TITLE_MONTH, period, scope).stream()
                .map(r -> new TitleMonthUsage(month(r[0]), (String) r[1], (String) r[2],
                        count(r[6]), count(r[7]), count(r[8]), count(r[9]), count(r[10])))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(Grain grain, ReportingPeriod period, UsageScope scope) {
        boolean oneInstitution = scope.institution().isPresent();
        Query query = em.createNativeQuery(UsageQueries.sql(grain, oneInstitution));
        int parameter = 1;
        for (int part = 0; part < 3; part++) {
            query.setParameter(parameter++, Date.valueOf(period.firstMonth()));
            query.setParameter(parameter++, Date.valueOf(period.lastMonth()));
            if (oneInstitution) {
                query.setParameter(parameter++, scope.institutionId());
            }
        }
        return query.getResultList();
    }

    private static YearMonth month(Object value) {
        if (value instanceof LocalDate day) {
            return YearMonth.from(day);
        }
        return YearMonth.from(((java.sql.Date) value).toLocalDate());
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
