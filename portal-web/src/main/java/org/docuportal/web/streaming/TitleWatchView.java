package org.docuportal.web.streaming;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.entitlement.application.PlaybackService;
import org.docuportal.entitlement.application.WatchOptions;

/** The "watch" box of a title's page: play it under the institution's license, or request a screener. */
@Named
@RequestScoped
public class TitleWatchView {

    @Inject
    private PlaybackService playback;

    private WatchOptions options = new WatchOptions(false, false);

    public void load(String slug) {
        if (slug != null && !slug.isBlank()) {
            options = playback.watchOptions(slug);
        }
    }

    public WatchOptions getOptions() {
        return options;
    }
}
