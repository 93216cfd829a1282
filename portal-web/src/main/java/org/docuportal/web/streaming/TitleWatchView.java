package org.docuportal.web.streaming;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.docuportal.entitlement.application.PlaybackService;
import org.docuportal.entitlement.application.WatchOptions;
import org.docuportal.web.shared.ClientAddresses;

/**
 * The "watch" box of a title's page: play it under the institution's license, or request a
 * screener; off campus, where the institution streams only on campus, a notice instead of Play.
 */
@Named
@RequestScoped
public class TitleWatchView {

    @Inject
    private PlaybackService playback;

    @Inject
    private ClientAddresses clientAddresses;

    private WatchOptions options = new WatchOptions(false, false, null);

    public void load(String slug) {
        if (slug != null && !slug.isBlank()) {
            options = playback.watchOptions(slug, getAddress());
        }
    }

    /** The viewer's address, for the off-campus notice only; the playback API checks the same one. */
    public String getAddress() {
        return clientAddresses.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    public WatchOptions getOptions() {
        return options;
    }
}
