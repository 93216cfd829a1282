package org.docuportal.impact.infrastructure;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.docuportal.impact.domain.AnswerCounts;
import org.docuportal.impact.domain.ImpactRepository;
import org.docuportal.impact.domain.LikertAnswers;
import org.docuportal.impact.domain.PolicyEvent;
import org.docuportal.impact.domain.Screening;
import org.docuportal.impact.domain.ScreeningSample;
import org.docuportal.impact.domain.SurveyPhase;
import org.docuportal.impact.domain.SurveyResponse;
import org.docuportal.impact.domain.SurveyTemplate;

@ApplicationScoped
public class JpaImpactRepository implements ImpactRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<SurveyTemplate> templateOf(long titleId) {
        return em.createQuery("SELECT t FROM SurveyTemplate t WHERE t.titleId = :title", SurveyTemplate.class)
                .setParameter("title", titleId).getResultStream().findFirst();
    }

    @Override
    public void add(SurveyTemplate template) {
        em.persist(template);
    }

    @Override
    public void add(Screening screening) {
        em.persist(screening);
    }

    @Override
    public Optional<Screening> screening(long id) {
        return Optional.ofNullable(em.find(Screening.class, id));
    }

    @Override
    public Optional<Screening> screeningByCode(String publicCode) {
        return em.createQuery("SELECT s FROM Screening s WHERE s.publicCode = :code", Screening.class)
                .setParameter("code", publicCode).getResultStream().findFirst();
    }

    @Override
    public List<Screening> screeningsOf(long institutionId) {
        return em.createQuery("SELECT s FROM Screening s WHERE s.institution.id = :institution"
                        + " ORDER BY s.screeningDate DESC, s.id DESC", Screening.class)
                .setParameter("institution", institutionId).getResultList();
    }

    @Override
    public List<Screening> screeningsOfTitle(long titleId, Long institutionId) {
        // Two queries rather than ":institution IS NULL OR ...", which EclipseLink binds unreliably.
        if (institutionId == null) {
            return em.createQuery("SELECT s FROM Screening s WHERE s.title.id = :title ORDER BY s.screeningDate, s.id",
                    Screening.class).setParameter("title", titleId).getResultList();
        }
        return em.createQuery("SELECT s FROM Screening s WHERE s.title.id = :title AND s.institution.id = :institution"
                        + " ORDER BY s.screeningDate, s.id", Screening.class)
                .setParameter("title", titleId).setParameter("institution", institutionId).getResultList();
    }

    @Override
    public void add(SurveyResponse response) {
        em.persist(response);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // The only unique key an answer can break is pre_response_id (the pairing code hash is random and new).
            if (response.isPaired() && isConstraintViolation(e)) {
                throw SurveyResponse.codeUsedAlready();
            }
            throw e;
        }
    }

    private static boolean isConstraintViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean isPaired(SurveyResponse before) {
        return !em.createQuery("SELECT r.id FROM SurveyResponse r WHERE r.pre = :pre", Long.class)
                .setParameter("pre", before).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public AnswerCounts answerCounts(Screening screening) {
        return answerCounts(List.of(screening)).get(screening.id());
    }

    @Override
    public Map<Long, AnswerCounts> answerCounts(List<Screening> screenings) {
        Map<Long, int[]> counts = new HashMap<>();
        screenings.forEach(s -> counts.put(s.id(), new int[3]));
        if (!screenings.isEmpty()) {
            List<Object[]> rows = em.createQuery("SELECT r.screening.id, r.phase, COUNT(r),"
                            + " SUM(CASE WHEN r.pre IS NULL THEN 0 ELSE 1 END) FROM SurveyResponse r"
                            + " WHERE r.screening.id IN :ids GROUP BY r.screening.id, r.phase", Object[].class)
                    .setParameter("ids", List.copyOf(counts.keySet())).getResultList();
            for (Object[] row : rows) {
                int[] c = counts.get(((Number) row[0]).longValue());
                int n = ((Number) row[2]).intValue();
                if (row[1] == SurveyPhase.PRE) {
                    c[0] = n;
                } else {
                    c[1] = n;
                    c[2] = row[3] == null ? 0 : ((Number) row[3]).intValue();
                }
            }
        }
        Map<Long, AnswerCounts> result = new HashMap<>();
        counts.forEach((id, c) -> result.put(id, new AnswerCounts(c[0], c[1], c[2])));
        return result;
    }

    @Override
    public Optional<SurveyResponse> beforeAnswer(Screening screening, String pairingCodeHash) {
        return em.createQuery("SELECT r FROM SurveyResponse r WHERE r.screening = :screening AND r.phase = :pre"
                        + " AND r.pairingCodeHash = :hash", SurveyResponse.class)
                .setParameter("screening", screening).setParameter("pre", SurveyPhase.PRE)
                .setParameter("hash", pairingCodeHash).getResultStream().findFirst();
    }

    @Override
    public List<ScreeningSample.Pair> pairsOf(Screening screening) {
        List<Object[]> rows = em.createQuery("SELECT r.pre.answers, r.answers FROM SurveyResponse r"
                        + " WHERE r.screening = :screening AND r.phase = :post AND r.pre IS NOT NULL ORDER BY r.id", Object[].class)
                .setParameter("screening", screening).setParameter("post", SurveyPhase.POST).getResultList();
        return rows.stream().map(row -> new ScreeningSample.Pair(LikertAnswers.fromStored((String) row[0]),
                LikertAnswers.fromStored((String) row[1]))).toList();
    }

    @Override
    public List<org.docuportal.catalog.domain.Title> films() {
        return em.createQuery("SELECT t FROM Title t ORDER BY t.title", org.docuportal.catalog.domain.Title.class).getResultList();
    }

    @Override
    public void add(PolicyEvent event) {
        em.persist(event);
    }

    @Override
    public Optional<PolicyEvent> policyEvent(long id) {
        return Optional.ofNullable(em.find(PolicyEvent.class, id));
    }

    @Override
    public void remove(PolicyEvent event) {
        em.remove(event);
    }

    @Override
    public List<PolicyEvent> policyEvents(Long titleId) {
        if (titleId == null) {
            return em.createQuery("SELECT e FROM PolicyEvent e ORDER BY e.eventDate DESC, e.id DESC", PolicyEvent.class)
                    .getResultList();
        }
        return em.createQuery("SELECT e FROM PolicyEvent e WHERE e.title.id = :title ORDER BY e.eventDate DESC, e.id DESC",
                PolicyEvent.class).setParameter("title", titleId).getResultList();
    }
}
