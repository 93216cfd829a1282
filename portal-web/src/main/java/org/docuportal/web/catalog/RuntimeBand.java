package org.docuportal.web.catalog;

/** The runtime filter's choices, as minute ranges. */
enum RuntimeBand {
    ANY(null, null),
    SHORT(null, 30),
    MEDIUM(31, 60),
    LONG(61, 90),
    FEATURE(91, null);

    private final Integer min;
    private final Integer max;

    RuntimeBand(Integer min, Integer max) {
        this.min = min;
        this.max = max;
    }

    static RuntimeBand parse(String value) {
        if (value == null) {
            return ANY;
        }
        for (RuntimeBand band : values()) {
            if (band.name().equalsIgnoreCase(value)) {
                return band;
            }
        }
        return ANY;
    }

    Integer min() {
        return min;
    }

    Integer max() {
        return max;
    }
}
