-- What the Buffer dialect adds to posts: how a post was scheduled and its per-network details (JSON),
-- organization-wide tags and ideas, and request counters for per-key rate limits.

-- One row per post created or edited with details; a post without a row has the defaults (see PostDetails).
CREATE TABLE post_details (
    post_id          TEXT PRIMARY KEY REFERENCES posts (id) ON DELETE CASCADE,
    organization_id  TEXT NOT NULL REFERENCES organizations (id),
    details          TEXT NOT NULL
);

CREATE TABLE tags (
    id               TEXT PRIMARY KEY,
    organization_id  TEXT NOT NULL REFERENCES organizations (id),
    name             TEXT NOT NULL,
    color            TEXT NOT NULL,
    created_at       BIGINT NOT NULL,
    UNIQUE (organization_id, name)
);

CREATE TABLE post_tags (
    post_id          TEXT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    tag_id           TEXT NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (post_id, tag_id)
);
CREATE INDEX post_tags_tag ON post_tags (tag_id);

CREATE TABLE ideas (
    id               TEXT PRIMARY KEY,
    organization_id  TEXT NOT NULL REFERENCES organizations (id),
    content          TEXT NOT NULL,
    group_id         TEXT,
    position         DOUBLE PRECISION,
    created_at       BIGINT NOT NULL,
    updated_at       BIGINT NOT NULL
);
CREATE INDEX ideas_organization ON ideas (organization_id, created_at, id);

-- Requests counted per partition (an API key's hash) and window, in buckets of a fraction of the window,
-- so every node of a cluster sees the same counts.
CREATE TABLE request_counts (
    partition_key    TEXT NOT NULL,
    window_seconds   BIGINT NOT NULL,
    bucket_start     BIGINT NOT NULL,
    requests         BIGINT NOT NULL,
    PRIMARY KEY (partition_key, window_seconds, bucket_start)
);
