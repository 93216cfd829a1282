/**
 * The title studio's pages for platform administrators: the list of titles ({@code /admin/titles.xhtml})
 * with the form that starts a draft, and one title's details page ({@code /admin/title.xhtml}) with its
 * program details, poster and publication. One bean per screen or part of a screen; every rule is the
 * {@link org.docuportal.catalog.application.TitleStudio}'s.
 */
package org.docuportal.web.catalog.studio;
