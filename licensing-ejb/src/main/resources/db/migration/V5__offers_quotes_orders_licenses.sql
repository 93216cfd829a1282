-- What institutions can buy (offers and their prices), quotes, orders and the licenses they become.

CREATE SEQUENCE offer_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE quote_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE license_order_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE license_seq START WITH 50 INCREMENT BY 50;

ALTER TABLE institution ADD COLUMN purchase_approval_required BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE offer (
    id           BIGINT      NOT NULL PRIMARY KEY,
    title_id     BIGINT      NOT NULL REFERENCES title (id),
    kind         VARCHAR(30) NOT NULL,
    right_type   VARCHAR(30) NOT NULL,
    term_months  INTEGER     NOT NULL,
    stream_cap   INTEGER,
    audience_cap INTEGER,
    currency     VARCHAR(3)  NOT NULL,
    active       BOOLEAN     NOT NULL,
    version      BIGINT      NOT NULL
);
CREATE INDEX offer_title ON offer (title_id);

CREATE TABLE offer_price (
    offer_id         BIGINT         NOT NULL REFERENCES offer (id) ON DELETE CASCADE,
    institution_type VARCHAR(30)    NOT NULL,
    size_band        VARCHAR(30)    NOT NULL,
    amount           DECIMAL(12, 2) NOT NULL,
    PRIMARY KEY (offer_id, institution_type, size_band),
    CONSTRAINT offer_price_not_negative CHECK (amount >= 0)
);

CREATE TABLE quote (
    id              BIGINT         NOT NULL PRIMARY KEY,
    institution_id  BIGINT         NOT NULL REFERENCES institution (id),
    offer_id        BIGINT         NOT NULL REFERENCES offer (id),
    requested_by    VARCHAR(254)   NOT NULL,
    start_date      DATE           NOT NULL,
    end_date        DATE           NOT NULL,
    amount          DECIMAL(12, 2) NOT NULL,
    currency        VARCHAR(3)     NOT NULL,
    valid_until     DATE           NOT NULL,
    status          VARCHAR(20)    NOT NULL,
    decision_reason VARCHAR(1000),
    decided_by      VARCHAR(254),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT         NOT NULL
);
CREATE INDEX quote_institution ON quote (institution_id);

CREATE TABLE quote_line (
    quote_id    BIGINT         NOT NULL REFERENCES quote (id) ON DELETE CASCADE,
    position    INTEGER        NOT NULL,
    description VARCHAR(300)   NOT NULL,
    quantity    INTEGER        NOT NULL,
    unit_amount DECIMAL(12, 2) NOT NULL,
    PRIMARY KEY (quote_id, position)
);

-- One order per quote, one license per order: the unique keys make "exactly one" hold
-- even when payment notices arrive twice at once.
CREATE TABLE license_order (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    quote_id           BIGINT       NOT NULL REFERENCES quote (id),
    payment_method     VARCHAR(50)  NOT NULL,
    po_number          VARCHAR(100),
    provider_reference VARCHAR(200),
    status             VARCHAR(20)  NOT NULL,
    ordered_by         VARCHAR(254) NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    paid_at            TIMESTAMP WITH TIME ZONE,
    payment_note       VARCHAR(500),
    version            BIGINT       NOT NULL,
    CONSTRAINT license_order_one_per_quote UNIQUE (quote_id)
);

CREATE TABLE license (
    id                BIGINT      NOT NULL PRIMARY KEY,
    order_id          BIGINT      NOT NULL REFERENCES license_order (id),
    institution_id    BIGINT      NOT NULL REFERENCES institution (id),
    title_id          BIGINT      NOT NULL REFERENCES title (id),
    kind              VARCHAR(30) NOT NULL,
    right_type        VARCHAR(30) NOT NULL,
    start_date        DATE        NOT NULL,
    end_date          DATE        NOT NULL,
    stream_cap        INTEGER,
    audience_cap      INTEGER,
    status            VARCHAR(20) NOT NULL,
    issued_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at        TIMESTAMP WITH TIME ZONE,
    revocation_reason VARCHAR(500),
    version           BIGINT      NOT NULL,
    CONSTRAINT license_one_per_order UNIQUE (order_id),
    CONSTRAINT license_term CHECK (end_date >= start_date)
);
CREATE INDEX license_institution ON license (institution_id);
