package org.docuportal.web.catalog;

import java.util.Comparator;
import java.util.List;

import org.docuportal.catalog.domain.CountryCode;

/** Every ISO 3166-1 country by English name, built once for all drop-downs. */
public final class CountryOptions {

    public static final List<CountryOption> ALL = CountryCode.all().stream()
            .map(code -> new CountryOption(code, CountryCode.of(code).englishName()))
            .sorted(Comparator.comparing(CountryOption::name))
            .toList();

    private CountryOptions() {
    }
}
