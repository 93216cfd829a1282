-- Payment providers deliver events at least once: each event id is handled once.

CREATE TABLE processed_payment_event (
    event_id    VARCHAR(255) NOT NULL PRIMARY KEY,
    event_type  VARCHAR(40)  NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX license_order_provider_reference ON license_order (provider_reference);
