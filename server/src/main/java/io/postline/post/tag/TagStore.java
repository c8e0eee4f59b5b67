package io.postline.post.tag;

import io.postline.Ids;
import io.postline.Refusal;
import io.postline.account.Caller;
import io.postline.db.Database;
import io.postline.db.Tx;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Tags of organizations: names unique per organization, colours as #RRGGBB. */
public final class TagStore {
    public static final int MAX_TAGS_PER_ORGANIZATION = 500;
    public static final int MAX_NAME_LENGTH = 100;
    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

    private final Database database;
    private final Clock clock;
    private final Ids ids;

    public TagStore(Database database, Clock clock, Ids ids) {
        this.database = database;
        this.clock = clock;
        this.ids = ids;
    }

    public Tag create(Caller caller, String organizationId, String name, String color) {
        String organization = caller.organization(organizationId);
        check(name, color);
        return database.transaction(tx -> {
            long count = tx.queryOne("SELECT COUNT(*) FROM tags WHERE organization_id = ?", r -> r.getLong(1),
                    organization).orElse(0L);
            if (count >= MAX_TAGS_PER_ORGANIZATION) {
                throw Refusal.limitReached("The organization has " + count + " tags, the most it may have.");
            }
            requireFreeName(tx, organization, name, null);
            Tag tag = new Tag(ids.next(), organization, name, color, clock.instant());
            tx.update("INSERT INTO tags (id, organization_id, name, color, created_at) VALUES (?, ?, ?, ?, ?)",
                    tag.id(), organization, name, color, tag.createdAt().toEpochMilli());
            return tag;
        });
    }

    public Tag update(Caller caller, String id, String name, String color) {
        check(name, color);
        return database.transaction(tx -> {
            Tag tag = find(tx, caller.organizationIds(), id).orElseThrow(() -> notFound(id));
            requireFreeName(tx, tag.organizationId(), name, id);
            tx.update("UPDATE tags SET name = ?, color = ? WHERE id = ?", name, color, id);
            return new Tag(id, tag.organizationId(), name, color, tag.createdAt());
        });
    }

    /** Removes the tag from the organization and from every post that carries it. */
    public String delete(Caller caller, String id) {
        return database.transaction(tx -> {
            find(tx, caller.organizationIds(), id).orElseThrow(() -> notFound(id));
            tx.update("DELETE FROM post_tags WHERE tag_id = ?", id);
            tx.update("DELETE FROM tags WHERE id = ?", id);
            return id;
        });
    }

    public Optional<Tag> find(Caller caller, String id) {
        return database.read(tx -> find(tx, caller.organizationIds(), id));
    }

    /** The organization's tags by name, after the given name (a page's last), at most {@code first}. */
    public List<Tag> page(Caller caller, String organizationId, String afterName, int first) {
        String organization = caller.organization(organizationId);
        return database.read(tx -> tx.query("SELECT * FROM tags WHERE organization_id = ? AND name > ?"
                + " ORDER BY name LIMIT ?", TagStore::tag, organization, afterName == null ? "" : afterName, first));
    }

    public int count(Caller caller, String organizationId) {
        String organization = caller.organization(organizationId);
        return database.read(tx -> tx.queryOne("SELECT COUNT(*) FROM tags WHERE organization_id = ?",
                r -> r.getInt(1), organization).orElse(0));
    }

    public List<Tag> byIds(Collection<String> organizationIds, Collection<String> ids) {
        return database.read(tx -> byIds(tx, organizationIds, ids));
    }

    /** Refuses, naming the first, when any of the ids is not a tag of the organization. */
    public static void requireAll(Tx tx, String organizationId, Collection<String> ids) {
        List<String> found = byIds(tx, List.of(organizationId), ids).stream().map(Tag::id).toList();
        for (String id : ids) {
            if (!found.contains(id)) {
                throw Refusal.notFound("Tag " + id + " was not found in this organization; list tags with tagsV2.");
            }
        }
    }

    static List<Tag> byIds(Tx tx, Collection<String> organizationIds, Collection<String> ids) {
        if (organizationIds.isEmpty() || ids.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(organizationIds);
        params.addAll(ids);
        return tx.query("SELECT * FROM tags WHERE organization_id IN (" + Tx.marks(organizationIds.size())
                + ") AND id IN (" + Tx.marks(ids.size()) + ") ORDER BY name", TagStore::tag, params.toArray());
    }

    private static Optional<Tag> find(Tx tx, Collection<String> organizationIds, String id) {
        return byIds(tx, organizationIds, List.of(id)).stream().findFirst();
    }

    private static void requireFreeName(Tx tx, String organizationId, String name, String exceptId) {
        boolean taken = tx.queryOne("SELECT id FROM tags WHERE organization_id = ? AND name = ?",
                r -> r.getString(1), organizationId, name).filter(found -> !found.equals(exceptId)).isPresent();
        if (taken) {
            throw Refusal.conflict("A tag named '" + name + "' exists already in this organization.");
        }
    }

    private static void check(String name, String color) {
        if (name == null || name.isBlank() || name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            throw Refusal.badInput("A tag name must have 1 to " + MAX_NAME_LENGTH + " characters.");
        }
        if (color == null || !COLOR.matcher(color).matches()) {
            throw Refusal.badInput("Tag colour '" + color + "' is not # followed by six hex digits, like #2C4BFF.");
        }
    }

    private static Refusal notFound(String id) {
        return Refusal.notFound("Tag " + id + " was not found.");
    }

    private static Tag tag(ResultSet row) throws SQLException {
        return new Tag(row.getString("id"), row.getString("organization_id"), row.getString("name"),
                row.getString("color"), Instant.ofEpochMilli(row.getLong("created_at")));
    }
}
