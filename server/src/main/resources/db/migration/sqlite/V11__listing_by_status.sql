-- Listings now read one range of posts_listing_status per status (see PostStore.page), so the index over all
-- statuses only tempted PostgreSQL into scanning past every sent post to find scheduled ones.
DROP INDEX posts_listing;
