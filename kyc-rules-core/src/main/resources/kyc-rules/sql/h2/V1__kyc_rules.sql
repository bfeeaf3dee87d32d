-- kyc-rules schema, version 1, for H2 2.x.
-- Hosts that run their own migrations (Flyway, Liquibase, ...) can ship this file as it is:
-- every statement is idempotent. No raw document number, name or birth date is ever stored here.

-- Which schema version is installed; JdbcSchema reads it.
CREATE TABLE IF NOT EXISTS kyc_rules_schema_version (
    version     INTEGER      NOT NULL,
    description VARCHAR(200) NOT NULL,
    applied_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT kyc_rules_schema_version_pkey PRIMARY KEY (version)
);

-- One document, one account. fingerprint is HMAC-SHA256 (64 lower-case hex characters) of the
-- normalised document identity under the key named by key_id; the key itself never reaches the
-- database. The primary key makes a claim atomic: the first insert wins, every later one conflicts.
CREATE TABLE IF NOT EXISTS kyc_document_owner (
    fingerprint VARCHAR(64)  NOT NULL,
    key_id      VARCHAR(32)  NOT NULL,
    account_id  VARCHAR(200) NOT NULL,
    claimed_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT kyc_document_owner_pkey PRIMARY KEY (fingerprint)
);

-- Decided attempts, only what throttling needs. codes: comma-separated reason codes.
CREATE TABLE IF NOT EXISTS kyc_attempt_history (
    account_id    VARCHAR(200)  NOT NULL,
    attempt_id    VARCHAR(200)  NOT NULL,
    decided_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome       VARCHAR(16)   NOT NULL,
    document_type VARCHAR(32)   NOT NULL,
    codes         VARCHAR(4000) NOT NULL,
    CONSTRAINT kyc_attempt_history_pkey PRIMARY KEY (account_id, attempt_id)
);

-- Throttling look-up: one account's attempts in a time window, newest first.
CREATE INDEX IF NOT EXISTS kyc_attempt_history_account_time
    ON kyc_attempt_history (account_id, decided_at DESC);

-- Purge of records older than the policy window.
CREATE INDEX IF NOT EXISTS kyc_attempt_history_decided_at
    ON kyc_attempt_history (decided_at);

MERGE INTO kyc_rules_schema_version (version, description) KEY (version)
    VALUES (1, 'document owners and attempt history');
