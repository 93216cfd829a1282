package org.docuportal.licensing.application;

import java.io.Serializable;
import java.util.List;

/** Everything the rights page shows of one title: its windows, the flagged licenses and the history. */
public record TitleRightsOverview(String slug, String title, List<RightsWindowView> windows,
                                  List<RightsIssueView> flaggedLicenses, List<RightsChangeView> history)
                                          implements Serializable {
}
