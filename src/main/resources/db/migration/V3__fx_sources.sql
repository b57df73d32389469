-- Rates from publishers other than the ECB (FRED series per US dollar, ...), kept as published;
-- ECB reference rates stay in fx_rates. Every converted amount records the source it used.
CREATE TABLE fx_quotes (
    rate_date  DATE          NOT NULL,
    base       VARCHAR(3)    NOT NULL,
    quote      VARCHAR(3)    NOT NULL,
    source     VARCHAR(100)  NOT NULL,
    rate       DECIMAL(24,10) NOT NULL,
    PRIMARY KEY (rate_date, base, quote, source)
);

ALTER TABLE mentions ADD COLUMN fx_source VARCHAR(100);
ALTER TABLE funding_events ADD COLUMN fx_source VARCHAR(100);
