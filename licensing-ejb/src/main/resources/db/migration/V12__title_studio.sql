-- Title studio: titles are created and edited at run time.
-- publication: DRAFT (platform administrators only), PUBLISHED (in the catalog) or WITHDRAWN (out of the
-- catalog's search and no longer sold; its address, licenses, guides and usage stay). Titles that exist
-- already were all public, so they are PUBLISHED.
ALTER TABLE title ADD COLUMN publication VARCHAR(20) DEFAULT 'PUBLISHED' NOT NULL;
ALTER TABLE title ADD CONSTRAINT title_publication_known CHECK (publication IN ('DRAFT', 'PUBLISHED', 'WITHDRAWN'));
CREATE INDEX title_publication ON title (publication);

-- Working titles and titles in other languages and scripts, searchable like the title.
CREATE TABLE title_alternate_title (
    title_id        BIGINT       NOT NULL REFERENCES title (id) ON DELETE CASCADE,
    position        INTEGER      NOT NULL,
    alternate_title VARCHAR(300) NOT NULL,
    PRIMARY KEY (title_id, position)
);

-- The search text now also holds up to 10 alternate titles of 300 characters (title 300, original title
-- 300, synopsis 4000, 20 subjects of 100, line breaks: under 10,000 in all).
ALTER TABLE title ALTER COLUMN search_text SET DATA TYPE VARCHAR(12000);
