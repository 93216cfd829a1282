package org.docuportal.curriculum.application;

import java.util.List;
import java.util.Optional;

/**
 * One guide for its web page: what everyone sees, and the guide's text for entitled members.
 *
 * @param guide the guide's summary, contents and chapters
 * @param titleName the film as the catalog names it
 * @param access whether the caller may read and download it, and why
 * @param html the guide's text as an HTML fragment, present only when access is granted; its
 *        timecodes link to the player
 * @param attachments the guide's worksheets and images, empty unless access is granted
 */
public record GuidePage(GuideView guide, String titleName, GuideAccess access, Optional<String> html,
                        List<GuideAttachmentView> attachments) {
}
