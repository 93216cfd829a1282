-- Documents institutions upload as evidence for their review. BYTEA is PostgreSQL's binary
-- type and an alias of BINARY VARYING in H2.

CREATE SEQUENCE supporting_document_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE supporting_document (
    id             BIGINT       NOT NULL PRIMARY KEY,
    institution_id BIGINT       NOT NULL REFERENCES institution (id),
    file_name      VARCHAR(200) NOT NULL,
    content_type   VARCHAR(50)  NOT NULL,
    size_bytes     INTEGER      NOT NULL,
    content        BYTEA        NOT NULL,
    uploaded_by    VARCHAR(254) NOT NULL,
    uploaded_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX supporting_document_institution ON supporting_document (institution_id);
