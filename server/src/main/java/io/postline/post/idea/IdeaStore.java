package io.postline.post.idea;

import io.postline.Ids;
import io.postline.Refusal;
import io.postline.account.Caller;
import io.postline.db.Database;
import io.postline.db.Json;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Ideas of organizations, newest last, in pages. */
public final class IdeaStore {
    public static final int MAX_IDEAS_PER_ORGANIZATION = 10_000;

    private final Database database;
    private final Clock clock;
    private final Ids ids;

    public IdeaStore(Database database, Clock clock, Ids ids) {
        this.database = database;
        this.clock = clock;
        this.ids = ids;
    }

    public Idea create(Caller caller, String organizationId, Idea.Content content, String groupId) {
        String organization = caller.organization(organizationId);
        if (content.isEmpty()) {
            throw Refusal.badInput("An idea needs a title, text or media.");
        }
        return database.transaction(tx -> {
            long count = tx.queryOne("SELECT COUNT(*) FROM ideas WHERE organization_id = ?", r -> r.getLong(1),
                    organization).orElse(0L);
            if (count >= MAX_IDEAS_PER_ORGANIZATION) {
                throw Refusal.limitReached("The organization has " + count + " ideas, the most it may have.");
            }
            Instant now = clock.instant();
            Idea idea = new Idea(ids.next(), organization, content, groupId, (double) count, now, now);
            tx.update("INSERT INTO ideas (id, organization_id, content, group_id, position, created_at, updated_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)", idea.id(), organization, Json.write(content), groupId,
                    idea.position(), now.toEpochMilli(), now.toEpochMilli());
            return idea;
        });
    }

    /** Ideas in creation order after the idea with id {@code afterId}, at most {@code first}. */
    public List<Idea> page(Caller caller, String organizationId, String afterId, int first) {
        String organization = caller.organization(organizationId);
        return database.read(tx -> {
            if (afterId == null) {
                return tx.query("SELECT * FROM ideas WHERE organization_id = ? ORDER BY created_at, id LIMIT ?",
                        IdeaStore::idea, organization, first);
            }
            long at = tx.queryOne("SELECT created_at FROM ideas WHERE organization_id = ? AND id = ?",
                    r -> r.getLong(1), organization, afterId)
                    .orElseThrow(() -> Refusal.badInput("Cursor is not one this listing gave out."));
            return tx.query("SELECT * FROM ideas WHERE organization_id = ? AND (created_at > ? OR (created_at = ?"
                    + " AND id > ?)) ORDER BY created_at, id LIMIT ?", IdeaStore::idea, organization, at, at, afterId,
                    first);
        });
    }

    private static Idea idea(ResultSet row) throws SQLException {
        double position = row.getDouble("position");
        return new Idea(row.getString("id"), row.getString("organization_id"),
                Json.read(row.getString("content"), Idea.Content.class), row.getString("group_id"),
                row.wasNull() ? null : position, Instant.ofEpochMilli(row.getLong("created_at")),
                Instant.ofEpochMilli(row.getLong("updated_at")));
    }

}
