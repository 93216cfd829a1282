package org.docuportal.web.catalog;

/** A country in a drop-down: its ISO code and English name. */
public record CountryOption(String code, String name) {
}
