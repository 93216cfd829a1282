package org.docuportal.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class GuideIdTest {

    @Test
    void aKeyNamesTheGuideBothWays() {
        GuideId id = new GuideId("kim-il-sungs-children", Audience.MILITARY_TRAINING);
        assertThat(id.key()).isEqualTo("kim-il-sungs-children.military-training");
        assertThat(GuideId.fromKey(id.key())).contains(id);
    }

    @Test
    void aGuideInAnotherLanguageHasItInItsKeyAndPath() {
        GuideId id = new GuideId("kim-il-sungs-children", Audience.UNIVERSITY, "ko");
        assertThat(id.key()).isEqualTo("kim-il-sungs-children.university.ko");
        assertThat(id.path()).isEqualTo("kim-il-sungs-children/university.ko.md");
        assertThat(GuideId.fromKey(id.key())).contains(id);
        assertThat(GuideId.fromPath(id.path())).contains(id);
        assertThat(GuideId.fromKey("kim-il-sungs-children.university.en")).contains(new GuideId("kim-il-sungs-children", Audience.UNIVERSITY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "kim-il-sungs-children", "kim-il-sungs-children.teachers", "../etc/passwd",
            "kim-il-sungs-children/military-training", "kim-il-sungs-children.military-training.md",
            "..%2F..%2Fetc%2Fpasswd", "Kim-Il-Sungs-Children.university", "kim-il-sungs-children.university\u0000",
            "kim-il-sungs-children..university", ".university", "kim-il-sungs-children.university.xx",
            "kim-il-sungs-children.university.KO", "kim-il-sungs-children.university.kor"})
    void anythingElseNamesNoGuide(String key) {
        assertThat(GuideId.fromKey(key)).isEmpty();
    }
}
