package io.postline.publish.sandbox;

import io.postline.db.Database;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads what sandbox channels recorded, newest first. */
public final class DeliveryLog {
    public static final int MAX_PAGE = 100;

    private final Database database;

    public DeliveryLog(Database database) {
        this.database = database;
    }

    public List<Delivery> list(String organizationId, String channelId, String postId, int first) {
        List<Object> params = new ArrayList<>(List.of(organizationId));
        StringBuilder sql = new StringBuilder("SELECT * FROM deliveries WHERE organization_id = ?");
        if (channelId != null) {
            sql.append(" AND channel_id = ?");
            params.add(channelId);
        }
        if (postId != null) {
            sql.append(" AND post_id = ?");
            params.add(postId);
        }
        sql.append(" ORDER BY id DESC LIMIT ?");
        params.add(Math.max(1, Math.min(first, MAX_PAGE)));
        return database.read(tx -> tx.query(sql.toString(), row -> new Delivery(row.getLong("id"),
                row.getString("channel_id"), row.getString("post_id"), row.getInt("part_index"),
                row.getString("service"), row.getString("payload"),
                Instant.ofEpochMilli(row.getLong("delivered_at"))), params.toArray()));
    }

}
