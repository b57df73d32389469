-- Events held back for an analyst by the row-level checks (review package): one row per event and
-- check, rebuilt with the ledger on every run. An event with a pending row stays out of the
-- summaries; funding_events.review carries its state (pending / approved, null when unchecked).
CREATE TABLE IF NOT EXISTS event_review (
    event_id    VARCHAR(40)   NOT NULL,
    check_name  VARCHAR(40)   NOT NULL,
    company     VARCHAR(300)  NOT NULL,
    detail      VARCHAR(4000) NOT NULL,
    evidence    VARCHAR(4000),
    sources     VARCHAR(4000),
    status      VARCHAR(20)   NOT NULL,
    approved_by VARCHAR(300),
    PRIMARY KEY (event_id, check_name)
);

ALTER TABLE funding_events ADD COLUMN IF NOT EXISTS review VARCHAR(20);
