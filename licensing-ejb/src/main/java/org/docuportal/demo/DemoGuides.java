package org.docuportal.demo;

import java.time.Instant;

import org.docuportal.catalog.domain.Title;
import org.docuportal.catalog.domain.TitleRepository;
import org.docuportal.curriculum.DemoGuideSources;
import org.docuportal.curriculum.domain.StudyGuideEdition;
import org.docuportal.curriculum.domain.StudyGuideRepository;

/**
 * The six study guides of the two demo films, published as version 1 of guides in the database
 * (written in Markdown), unless the guide is there already: a guide edited in the studio keeps its
 * versions across restarts.
 */
final class DemoGuides {

    /** Who the demo guides' first versions are recorded as published by. */
    static final String PUBLISHER = "demo-data";

    private DemoGuides() {
    }

    static int addMissing(StudyGuideRepository guides, TitleRepository titles, Instant now) {
        int added = 0;
        for (DemoGuideSources.Source source : DemoGuideSources.fromClasspath()) {
            Title title = titles.findBySlug(source.id().film()).orElse(null);
            if (title == null || guides.find(title.id(), source.id().audience(), source.id().language()).isPresent()) {
                continue;
            }
            StudyGuideEdition guide = new StudyGuideEdition(title, source.id().audience(), source.id().language());
            guides.add(guide);
            guide.saveDraft("markdown", source.text(), PUBLISHER, now);
            guides.add(guide.publish(PUBLISHER, now));
            added++;
        }
        return added;
    }
}
