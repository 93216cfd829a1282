package org.docuportal.catalog.domain;

/**
 * Whether a title is shown to the public, apart from whether the film is finished
 * ({@link TitleStatus}).
 *
 * <p>A {@link #DRAFT} is being prepared and only platform administrators see it. A
 * {@link #PUBLISHED} title is in the catalog and can be licensed once released. A
 * {@link #WITHDRAWN} title is no longer offered: it leaves the catalog's search and cannot be
 * licensed again, but its address keeps working, because licenses already sold, their study guides,
 * usage reports and playback all lead to it.
 *
 * <p>Once published a title never becomes a draft again: its address has been public, may be in
 * licenses, quotes, guides and teachers' bookmarks, and hiding it would break them all.
 */
public enum TitlePublication {
    DRAFT,
    PUBLISHED,
    WITHDRAWN;

    /** Whether the catalog's search lists the title for everyone. */
    public boolean isListed() {
        return this == PUBLISHED;
    }

    /** Whether anyone, not only platform administrators, may open the title by its address. */
    public boolean isPublic() {
        return this != DRAFT;
    }

    /** Whether new licenses may be sold for the title (the film must be released too). */
    public boolean isOnSale() {
        return this == PUBLISHED;
    }

    /**
     * Whether a title may go from this state to {@code next}: a draft is published; a published title
     * is withdrawn; a withdrawn one is published again. Staying where it is is always allowed.
     */
    public boolean canMoveTo(TitlePublication next) {
        return next == this || switch (this) {
            case DRAFT -> next == PUBLISHED;
            case PUBLISHED -> next == WITHDRAWN;
            case WITHDRAWN -> next == PUBLISHED;
        };
    }
}
