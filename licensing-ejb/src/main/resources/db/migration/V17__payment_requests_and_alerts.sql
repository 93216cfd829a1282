-- Payment-provider calls leave the order's transaction: an order is committed first, with its call to the
-- provider PENDING, and the call is made after commit and retried until it is SENT or given up (FAILED).
-- payment_request_due_at: when the next attempt is due (an attempt in progress holds it a few minutes ahead).
ALTER TABLE license_order ADD COLUMN payment_request VARCHAR(20) DEFAULT 'NONE' NOT NULL;
ALTER TABLE license_order ADD COLUMN payment_request_attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE license_order ADD COLUMN payment_request_due_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE license_order ADD COLUMN payment_request_error VARCHAR(500);
-- Orders made before this migration through Stripe had their call made inside their transaction: it was sent.
UPDATE license_order SET payment_request = 'SENT' WHERE payment_method <> 'manual-po';
CREATE INDEX license_order_payment_request ON license_order (payment_request, payment_request_due_at);

-- A payment the portal cannot lead back to one of its orders (a provider event naming no known order):
-- money may have arrived for nothing, so platform administrators see it until one of them resolves it.
CREATE SEQUENCE payment_alert_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE payment_alert (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    event_id           VARCHAR(255)  NOT NULL UNIQUE,
    event_type         VARCHAR(50)   NOT NULL,
    order_reference    VARCHAR(200),
    provider_object    VARCHAR(255),
    detail             VARCHAR(500)  NOT NULL,
    raised_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at        TIMESTAMP WITH TIME ZONE,
    resolved_by        VARCHAR(254),
    resolution_note    VARCHAR(500),
    version            BIGINT        NOT NULL
);
CREATE INDEX payment_alert_open ON payment_alert (resolved_at, raised_at);
