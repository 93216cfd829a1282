/**
 * The catalog's free-text search in Apache Lucene: how titles and queries are analyzed (Latin
 * romanizations, Hangul, kana and Han, subject synonyms) and an in-memory index rebuilt from the
 * database whenever the catalog changes. docs/search.md explains the choice.
 */
package org.docuportal.catalog.infrastructure.search;
