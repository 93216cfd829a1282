package org.docuportal.web.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Optional;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.media.application.MediaJobView;
import org.docuportal.media.application.MediaOverview;
import org.docuportal.media.application.MediaStudioService;
import org.docuportal.shared.application.ConflictException;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.NotFoundException;
import org.docuportal.web.Messages;

/**
 * A title's media page, video part: what is packaged, the latest packaging job (polled while it
 * runs), and the hand-over of a finished tus upload to the media studio.
 */
@Named
@ViewScoped
public class TitleMediaView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Message key of the video form's {@code p:messages}, which shows nothing else (see MediaTextView). */
    static final String JOB = "job";

    @Inject
    private MediaStudioService studio;

    @Inject
    private TusUploads tus;

    @Inject
    private Messages messages;

    private String slug;
    private MediaOverview overview;
    private MediaJobView job;

    public void load() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            overview = studio.overview(slug);
            job = overview.latestJob();
        } catch (NotFoundException | IllegalArgumentException e) {
            external.responseSendError(404, messages.get("media.noTitle"));
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** Called by the poll while a job runs. */
    public void refresh() {
        if (job != null) {
            job = studio.job(slug, job.id());
            if (job.finished()) {
                overview = studio.overview(slug);
            }
        }
    }

    /** The remote command the upload script calls with the finished upload's URL. */
    public void startPackaging() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String url = faces.getExternalContext().getRequestParameterMap().get("upload");
        String owner = faces.getExternalContext().getUserPrincipal().getName();
        try {
            Optional<TusUploads.Finished> upload = tus.finished(url, owner);
            if (upload.isEmpty() || !slug.equals(upload.get().slug())) {
                error(messages.get("media.uploadNotFound"));
                return;
            }
            try (InputStream content = upload.get().content()) {
                job = studio.submit(slug, content);
            } finally {
                tus.delete(url, owner);
            }
            overview = studio.overview(slug);
            faces.addMessage(JOB, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get("media.queued"), null));
        } catch (ConflictException | InvalidInputException e) {
            error(e.getMessage());
        } catch (IOException e) {
            error(messages.get("media.uploadNotFound"));
        } catch (RuntimeException e) {
            error(e.getMessage());
        }
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(JOB, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public MediaOverview getOverview() {
        return overview;
    }

    public MediaJobView getJob() {
        return job;
    }

    public boolean isJobRunning() {
        return job != null && !job.finished();
    }

    /** The estimate as minutes and seconds ("3 min 20 s"), or null before there is one. */
    public String getEstimate() {
        if (job == null || job.estimatedSecondsLeft() == null) {
            return null;
        }
        int s = job.estimatedSecondsLeft();
        return s >= 60 ? messages.get("media.estimateMinutes", s / 60, s % 60) : messages.get("media.estimateSeconds", s);
    }

    /** The packaged length as H:MM:SS, or null. */
    public String getDuration() {
        Long ms = overview == null ? null : overview.durationMillis();
        return ms == null ? null : org.docuportal.media.domain.Timecode.human(ms / 1000 * 1000);
    }

    public String getEndpoint() {
        return tus.endpoint();
    }

    public long getMaxUploadBytes() {
        return tus.maxBytes();
    }
}
