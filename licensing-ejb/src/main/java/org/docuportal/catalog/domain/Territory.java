package org.docuportal.catalog.domain;

import java.io.Serializable;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Where a right may be exercised: the whole world or a list of countries, minus excluded countries.
 *
 * <p>Exclusions win over inclusions, as in a distributor's avails sheet ("Worldwide excluding
 * China"). A territory always covers at least one country.
 */
public record Territory(boolean worldwide, Set<CountryCode> countries, Set<CountryCode> excluded)
        implements Serializable {

    private static final Set<CountryCode> ALL_COUNTRIES =
            CountryCode.all().stream().map(CountryCode::new).collect(Collectors.toUnmodifiableSet());

    public Territory {
        countries = Collections.unmodifiableSet(new TreeSet<>(countries == null ? Set.of() : countries));
        excluded = Collections.unmodifiableSet(new TreeSet<>(excluded == null ? Set.of() : excluded));
        if (worldwide && !countries.isEmpty()) {
            throw new IllegalArgumentException("a worldwide territory lists no countries, only exclusions");
        }
        if (!worldwide && countries.isEmpty()) {
            throw new IllegalArgumentException("a territory is worldwide or lists at least one country");
        }
        if (excluded.containsAll(worldwide ? ALL_COUNTRIES : countries)) {
            throw new IllegalArgumentException("the exclusions remove every country of the territory");
        }
    }

    /**
     * The whole world without exclusions. Not named {@code worldwide()}: that name is the
     * accessor of the {@code worldwide} component, and a record cannot have both.
     */
    public static Territory everywhere() {
        return new Territory(true, Set.of(), Set.of());
    }

    public static Territory worldwideExcept(Set<CountryCode> excluded) {
        return new Territory(true, Set.of(), excluded);
    }

    public static Territory countries(Set<CountryCode> countries) {
        return new Territory(false, countries, Set.of());
    }

    public boolean covers(CountryCode country) {
        return !excluded.contains(country) && (worldwide || countries.contains(country));
    }

    /** "Worldwide", "Worldwide excluding CN", or "JP, KR, US". */
    public String describe() {
        String base = worldwide ? "Worldwide" : join(countries);
        return excluded.isEmpty() ? base : base + " excluding " + join(excluded);
    }

    private static String join(Set<CountryCode> codes) {
        return codes.stream().map(CountryCode::code).collect(Collectors.joining(", "));
    }
}
