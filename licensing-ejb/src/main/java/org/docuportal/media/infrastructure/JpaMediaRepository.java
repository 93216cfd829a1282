package org.docuportal.media.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.docuportal.media.domain.JobStage;
import org.docuportal.media.domain.JobState;
import org.docuportal.media.domain.MediaJob;
import org.docuportal.media.domain.MediaRepository;
import org.docuportal.media.domain.SubtitleTrack;
import org.docuportal.media.domain.TitleMedia;
import org.docuportal.media.domain.TrackKind;

@ApplicationScoped
public class JpaMediaRepository implements MediaRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public void add(MediaJob job) {
        em.persist(job);
    }

    @Override
    public Optional<String> slugOfTitle(long titleId) {
        return em.createQuery("SELECT t.slug FROM Title t WHERE t.id = :id", String.class)
                .setParameter("id", titleId).getResultStream().findFirst();
    }

    @Override
    public Optional<MediaJob> job(long id) {
        return Optional.ofNullable(em.find(MediaJob.class, id));
    }

    @Override
    public Optional<MediaJob> latestJobOf(long titleId) {
        return em.createQuery("SELECT j FROM MediaJob j WHERE j.titleId = :title ORDER BY j.id DESC", MediaJob.class)
                .setParameter("title", titleId).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<Long> claimableJobs(Instant staleBefore, int max) {
        return em.createQuery("SELECT j.id FROM MediaJob j WHERE j.state = :queued"
                        + " OR (j.state = :running AND j.heartbeatAt < :stale) ORDER BY j.id", Long.class)
                .setParameter("queued", JobState.QUEUED).setParameter("running", JobState.RUNNING)
                .setParameter("stale", staleBefore).setMaxResults(max).getResultList();
    }

    @Override
    public boolean claim(long jobId, String server, Instant now, Instant staleBefore) {
        return em.createQuery("UPDATE MediaJob j SET j.state = :running, j.claimedBy = :server, j.heartbeatAt = :now,"
                        + " j.attempts = j.attempts + 1, j.stage = :probing, j.percent = 0, j.estimatedSecondsLeft = NULL"
                        + " WHERE j.id = :id AND (j.state = :queued OR (j.state = :running AND j.heartbeatAt < :stale))")
                .setParameter("running", JobState.RUNNING).setParameter("server", server).setParameter("now", now)
                .setParameter("probing", JobStage.PROBING).setParameter("id", jobId)
                .setParameter("queued", JobState.QUEUED).setParameter("stale", staleBefore)
                .executeUpdate() == 1;
    }

    @Override
    public boolean beat(long jobId, String server, JobStage stage, int percent, Integer secondsLeft, Instant now) {
        return em.createQuery("UPDATE MediaJob j SET j.stage = :stage, j.percent = :percent,"
                        + " j.estimatedSecondsLeft = :left, j.heartbeatAt = :now"
                        + " WHERE j.id = :id AND j.state = :running AND j.claimedBy = :server")
                .setParameter("stage", stage).setParameter("percent", percent).setParameter("left", secondsLeft)
                .setParameter("now", now).setParameter("id", jobId).setParameter("running", JobState.RUNNING)
                .setParameter("server", server).executeUpdate() == 1;
    }

    @Override
    public boolean finish(long jobId, String server, JobState state, String error, Instant now) {
        return em.createQuery("UPDATE MediaJob j SET j.state = :state, j.stage = :finished, j.error = :error,"
                        + " j.percent = :percent, j.estimatedSecondsLeft = NULL, j.finishedAt = :now, j.heartbeatAt = :now"
                        + " WHERE j.id = :id AND j.state = :running AND j.claimedBy = :server")
                .setParameter("state", state).setParameter("finished", JobStage.FINISHED)
                .setParameter("error", error == null ? null : MediaJob.clip(error))
                .setParameter("percent", state == JobState.DONE ? 100 : 0).setParameter("now", now)
                .setParameter("id", jobId).setParameter("running", JobState.RUNNING).setParameter("server", server)
                .executeUpdate() == 1;
    }

    @Override
    public boolean hasUnfinishedJob(long titleId) {
        return em.createQuery("SELECT COUNT(j) FROM MediaJob j WHERE j.titleId = :title AND j.state IN :states", Long.class)
                .setParameter("title", titleId).setParameter("states", List.of(JobState.QUEUED, JobState.RUNNING))
                .getSingleResult() > 0;
    }

    @Override
    public Optional<TitleMedia> titleMedia(long titleId) {
        return Optional.ofNullable(em.find(TitleMedia.class, titleId));
    }

    @Override
    public Optional<TitleMedia> titleMediaAsStored(long titleId) {
        TitleMedia media = em.find(TitleMedia.class, titleId);
        if (media != null) {
            em.refresh(media);
        }
        return Optional.ofNullable(media);
    }

    @Override
    public void add(TitleMedia media) {
        em.persist(media);
    }

    @Override
    public List<SubtitleTrack> tracksOf(long titleId) {
        return em.createQuery("SELECT t FROM SubtitleTrack t WHERE t.titleId = :title ORDER BY t.id", SubtitleTrack.class)
                .setParameter("title", titleId).getResultList();
    }

    @Override
    public Optional<SubtitleTrack> track(long titleId, String language, TrackKind kind) {
        return em.createQuery("SELECT t FROM SubtitleTrack t WHERE t.titleId = :title AND t.language = :language"
                        + " AND t.kind = :kind", SubtitleTrack.class)
                .setParameter("title", titleId).setParameter("language", language).setParameter("kind", kind)
                .getResultStream().findFirst();
    }

    @Override
    public void add(SubtitleTrack track) {
        em.persist(track);
    }

    @Override
    public void remove(SubtitleTrack track) {
        em.remove(track);
    }
}
