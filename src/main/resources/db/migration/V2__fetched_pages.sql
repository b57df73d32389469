-- Raw responses of the fetchNews step: one row per URL as asked for (before redirects), the body
-- itself in <output>/raw/<raw_path>. The validators (etag, last_modified) feed the next conditional
-- GET; content_hash (SHA-256, hex) tells an unchanged or duplicate body. Shared H2/PostgreSQL SQL.

CREATE TABLE fetched_pages (
    url           VARCHAR(2000) PRIMARY KEY,
    final_url     VARCHAR(2000),
    fetched_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    http_status   INT           NOT NULL,
    etag          VARCHAR(1000),
    last_modified VARCHAR(100),
    content_hash  VARCHAR(64)   NOT NULL,
    content_type  VARCHAR(300),
    raw_path      VARCHAR(300)  NOT NULL
);

CREATE INDEX fetched_pages_content_hash ON fetched_pages (content_hash);
