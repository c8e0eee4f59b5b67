CREATE TABLE accounts (
    id          TEXT PRIMARY KEY,
    email       TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    timezone    TEXT NOT NULL DEFAULT 'UTC',
    created_at  BIGINT NOT NULL
);

CREATE TABLE organizations (
    id          TEXT PRIMARY KEY,
    account_id  TEXT NOT NULL REFERENCES accounts (id),
    name        TEXT NOT NULL,
    created_at  BIGINT NOT NULL
);
CREATE INDEX organizations_account ON organizations (account_id);

CREATE TABLE api_keys (
    id          TEXT PRIMARY KEY,
    account_id  TEXT NOT NULL REFERENCES accounts (id),
    key_hash    TEXT NOT NULL UNIQUE,
    label       TEXT NOT NULL,
    created_at  BIGINT NOT NULL,
    revoked_at  BIGINT
);

CREATE TABLE channels (
    id               TEXT PRIMARY KEY,
    organization_id  TEXT NOT NULL REFERENCES organizations (id),
    name             TEXT NOT NULL,
    service          TEXT NOT NULL,
    service_id       TEXT NOT NULL,
    service_type     TEXT NOT NULL,
    timezone         TEXT NOT NULL,
    posting_schedule TEXT NOT NULL,
    publisher        TEXT NOT NULL,
    credentials      BYTEA,
    settings         TEXT NOT NULL DEFAULT '{}',
    created_at       BIGINT NOT NULL
);
CREATE INDEX channels_organization ON channels (organization_id);

CREATE TABLE post_groups (
    id               TEXT PRIMARY KEY,
    organization_id  TEXT NOT NULL REFERENCES organizations (id),
    created_at       BIGINT NOT NULL
);

-- sort_bucket/sort_at order the listing: timed posts (0, scheduled_at) before untimed ones (1, created_at).
-- due_at is when the publishing loop should next look at a scheduled post (its time, or its next retry).
CREATE TABLE posts (
    id               TEXT PRIMARY KEY,
    organization_id  TEXT NOT NULL REFERENCES organizations (id),
    channel_id       TEXT NOT NULL REFERENCES channels (id),
    group_id         TEXT,
    status           TEXT NOT NULL,
    text             TEXT NOT NULL,
    content          TEXT NOT NULL,
    scheduled_at     BIGINT,
    queued           BIGINT NOT NULL DEFAULT 0,
    sort_bucket      BIGINT NOT NULL,
    sort_at          BIGINT NOT NULL,
    due_at           BIGINT,
    attempts         BIGINT NOT NULL DEFAULT 0,
    lease_owner      TEXT,
    lease_until      BIGINT,
    sent_parts       TEXT NOT NULL DEFAULT '[]',
    error            TEXT,
    remote_id        TEXT,
    external_url     TEXT,
    created_at       BIGINT NOT NULL,
    updated_at       BIGINT NOT NULL,
    sent_at          BIGINT
);
CREATE INDEX posts_listing ON posts (organization_id, sort_bucket, sort_at, id);
CREATE INDEX posts_listing_status ON posts (organization_id, status, sort_bucket, sort_at, id);
CREATE INDEX posts_channel_queue ON posts (channel_id, status, scheduled_at);
CREATE INDEX posts_group ON posts (group_id);
CREATE INDEX posts_due ON posts (status, due_at);
CREATE INDEX posts_lease ON posts (status, lease_until);

-- What sandbox channels would have sent: one row per post part, never two.
CREATE TABLE deliveries (
    id               BIGSERIAL PRIMARY KEY,
    organization_id  TEXT NOT NULL,
    channel_id       TEXT NOT NULL,
    post_id          TEXT NOT NULL,
    part_index       BIGINT NOT NULL,
    service          TEXT NOT NULL,
    payload          TEXT NOT NULL,
    delivered_at     BIGINT NOT NULL,
    UNIQUE (post_id, part_index)
);
CREATE INDEX deliveries_organization ON deliveries (organization_id, id);
