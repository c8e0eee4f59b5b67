-- Indexes that keep the first page of a listing, the daily limits and the delivery log as fast with a million
-- posts as with a thousand (the plans they fix are in bench/RESULTS.md). The same file exists for
-- the other database; keep the two alike.

-- Connector listing filtered by a channel: ordered like posts_listing, so a page stops after 'first' rows.
CREATE INDEX posts_channel_listing ON posts (channel_id, sort_bucket, sort_at, id);

-- Buffer listing in its default order (due time, posts without one last, then creation), for the whole
-- organization, by status, and by channel and status. The expression must stay exactly as SearchPosts writes it.
CREATE INDEX posts_search ON posts (organization_id, (COALESCE(scheduled_at, 253402300799999)), created_at, id);
CREATE INDEX posts_search_status ON posts (organization_id, status, (COALESCE(scheduled_at, 253402300799999)), created_at, id);
CREATE INDEX posts_search_channel ON posts (channel_id, status, (COALESCE(scheduled_at, 253402300799999)), created_at, id);

-- Daily posting limits count one channel's posts sent on one day.
CREATE INDEX posts_sent_per_channel ON posts (channel_id, sent_at) WHERE status = 'sent';

-- The sandbox delivery log filtered by channel, newest first.
CREATE INDEX deliveries_channel ON deliveries (channel_id, id);
