-- roundup's own tables, beside the Spring Batch metadata. Written in the SQL that H2 and
-- PostgreSQL share; natural keys make every load an upsert so re-runs duplicate nothing.

CREATE TABLE companies (
    name        VARCHAR(200) PRIMARY KEY,
    aliases     VARCHAR(4000) NOT NULL,
    country     VARCHAR(2)    NOT NULL,
    sector      VARCHAR(200),
    exchange    VARCHAR(20),
    ticker      VARCHAR(20)
);

CREATE TABLE fx_rates (
    rate_date   DATE          NOT NULL,
    currency    VARCHAR(3)    NOT NULL,
    per_eur     DECIMAL(24,8) NOT NULL,
    PRIMARY KEY (rate_date, currency)
);

CREATE TABLE prices (
    ticker      VARCHAR(40)   NOT NULL,
    trade_date  DATE          NOT NULL,
    open_price  DECIMAL(24,8) NOT NULL,
    high_price  DECIMAL(24,8) NOT NULL,
    low_price   DECIMAL(24,8) NOT NULL,
    close_price DECIMAL(24,8) NOT NULL,
    adj_close   DECIMAL(24,8),
    volume      DECIMAL(24,6),
    source      VARCHAR(500)  NOT NULL,
    PRIMARY KEY (ticker, trade_date)
);

CREATE TABLE listings (
    exchange     VARCHAR(20)   NOT NULL,
    ticker       VARCHAR(20)   NOT NULL,
    company      VARCHAR(200)  NOT NULL,
    listing_date DATE          NOT NULL,
    offer_price  DECIMAL(24,8),
    currency     VARCHAR(3)    NOT NULL,
    shares       BIGINT,
    proceeds     DECIMAL(30,4),
    PRIMARY KEY (exchange, ticker)
);

CREATE TABLE documents (
    file         VARCHAR(500)  PRIMARY KEY,
    title        VARCHAR(2000),
    published    DATE,
    language     VARCHAR(8),
    body         VARCHAR(1000000) NOT NULL,
    content_hash VARCHAR(64)   NOT NULL
);

-- one row per event found in a document; the normalised columns are filled by the normalize step
CREATE TABLE mentions (
    file                 VARCHAR(500)  NOT NULL,
    seq                  INT           NOT NULL,
    company_raw          VARCHAR(300)  NOT NULL,
    event_type           VARCHAR(20)   NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    amount               DECIMAL(30,4),
    currency             VARCHAR(3),
    post_money           DECIMAL(30,4),
    post_money_currency  VARCHAR(3),
    pre_money            DECIMAL(30,4),
    pre_money_currency   VARCHAR(3),
    round_label          VARCHAR(100),
    event_date           DATE,
    lead_investors       VARCHAR(2000),
    exchange             VARCHAR(20),
    ticker               VARCHAR(20),
    offer_price          DECIMAL(24,8),
    offer_price_currency VARCHAR(3),
    proceeds             DECIMAL(30,4),
    proceeds_currency    VARCHAR(3),
    evidence             VARCHAR(4000),
    company              VARCHAR(300),
    resolved             BOOLEAN,
    country              VARCHAR(2),
    fx_currency          VARCHAR(3),
    fx_rate              DECIMAL(24,10),
    fx_date              DATE,
    amount_usd           DECIMAL(30,2),
    post_money_usd       DECIMAL(30,2),
    pre_money_usd        DECIMAL(30,2),
    PRIMARY KEY (file, seq)
);

CREATE TABLE funding_events (
    event_id             VARCHAR(40)   PRIMARY KEY,
    company              VARCHAR(300)  NOT NULL,
    resolved             BOOLEAN       NOT NULL,
    country              VARCHAR(2),
    event_type           VARCHAR(20)   NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    amount               DECIMAL(30,4),
    currency             VARCHAR(3),
    amount_usd           DECIMAL(30,2),
    fx_rate              DECIMAL(24,10),
    fx_date              DATE,
    post_money           DECIMAL(30,4),
    post_money_currency  VARCHAR(3),
    post_money_usd       DECIMAL(30,2),
    pre_money            DECIMAL(30,4),
    pre_money_currency   VARCHAR(3),
    pre_money_usd        DECIMAL(30,2),
    round_label          VARCHAR(100),
    event_date           DATE,
    lead_investors       VARCHAR(2000),
    exchange             VARCHAR(20),
    ticker               VARCHAR(20),
    offer_price          DECIMAL(24,8),
    offer_price_currency VARCHAR(3),
    proceeds             DECIMAL(30,4),
    proceeds_currency    VARCHAR(3),
    conflicts            VARCHAR(4000),
    evidence             VARCHAR(4000)
);

CREATE TABLE event_sources (
    event_id  VARCHAR(40)  NOT NULL,
    file      VARCHAR(500) NOT NULL,
    seq       INT          NOT NULL,
    PRIMARY KEY (event_id, file, seq)
);

CREATE TABLE rejects (
    step      VARCHAR(50)   NOT NULL,
    source    VARCHAR(500)  NOT NULL,
    line      BIGINT        NOT NULL,
    reason    VARCHAR(1000) NOT NULL,
    raw       VARCHAR(4000),
    PRIMARY KEY (step, source, line, reason)
);
