package io.postline.channel;

import com.fasterxml.jackson.core.type.TypeReference;
import io.postline.Ids;
import io.postline.Refusal;
import io.postline.db.Database;
import io.postline.db.Json;
import io.postline.db.Tx;
import io.postline.queue.PostingSchedule;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Channels of organizations, with their posting schedules and encrypted credentials. */
public final class ChannelStore {
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {};

    private final Database database;
    private final Clock clock;
    private final Ids ids;
    private final CredentialCipher cipher;

    public ChannelStore(Database database, Clock clock, Ids ids, CredentialCipher cipher) {
        this.database = database;
        this.clock = clock;
        this.ids = ids;
        this.cipher = cipher;
    }

    public Channel connect(String organizationId, NewChannel spec) {
        ZoneId zone = zone(spec.timezone());
        Channel channel = new Channel(ids.next(), organizationId, spec.name(), spec.service(), spec.serviceId(),
                spec.serviceType(), zone, PostingSchedule.standard(), spec.publisher(), spec.settings(),
                Instant.ofEpochMilli(clock.millis()));
        byte[] sealed = spec.credentials().isEmpty() ? null : cipher.encrypt(Json.write(spec.credentials()));
        database.transaction(tx -> tx.update(
                "INSERT INTO channels (id, organization_id, name, service, service_id, service_type, timezone,"
                        + " posting_schedule, publisher, credentials, settings, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                channel.id(), organizationId, channel.name(), channel.service().apiName(), channel.serviceId(),
                channel.serviceType(), zone.getId(), Json.write(channel.postingSchedule()), channel.publisher(),
                sealed, Json.write(channel.settings()), channel.createdAt().toEpochMilli()));
        return channel;
    }

    public List<Channel> list(String organizationId) {
        return database.read(tx -> tx.query(
                "SELECT * FROM channels WHERE organization_id = ? ORDER BY created_at, id",
                ChannelStore::channel, organizationId));
    }

    /** The channels with these ids in the given organizations; ids not found there are simply absent. */
    public List<Channel> find(Collection<String> organizationIds, Collection<String> channelIds) {
        if (organizationIds.isEmpty() || channelIds.isEmpty()) {
            return List.of();
        }
        return database.read(tx -> find(tx, organizationIds, channelIds));
    }

    public Optional<Channel> find(Collection<String> organizationIds, String channelId) {
        return find(organizationIds, List.of(channelId)).stream().findFirst();
    }

    public static List<Channel> find(Tx tx, Collection<String> organizationIds, Collection<String> channelIds) {
        String sql = "SELECT * FROM channels WHERE organization_id IN (" + Tx.marks(organizationIds.size())
                + ") AND id IN (" + Tx.marks(channelIds.size()) + ")";
        Object[] params = concat(organizationIds, channelIds);
        return tx.query(sql, ChannelStore::channel, params);
    }

    public Channel updateSchedule(String organizationId, String channelId, String timezone,
                                  List<PostingSchedule.Day> days) {
        return database.transaction(tx -> {
            Channel channel = find(tx, List.of(organizationId), List.of(channelId)).stream().findFirst()
                    .orElseThrow(() -> Refusal.notFound("Channel " + channelId + " was not found."));
            ZoneId zone = timezone == null ? channel.timezone() : zone(timezone);
            PostingSchedule schedule = days == null ? channel.postingSchedule() : channel.postingSchedule().with(days);
            tx.update("UPDATE channels SET timezone = ?, posting_schedule = ? WHERE id = ?",
                    zone.getId(), Json.write(schedule), channelId);
            return new Channel(channel.id(), channel.organizationId(), channel.name(), channel.service(),
                    channel.serviceId(), channel.serviceType(), zone, schedule, channel.publisher(),
                    channel.settings(), channel.createdAt());
        });
    }

    /** Forgets a channel's credentials; its unsent posts fail with a clear reason instead of being published. */
    public Channel disconnect(String organizationId, String channelId) {
        return database.transaction(tx -> {
            tx.update("UPDATE channels SET publisher = ?, credentials = NULL WHERE organization_id = ? AND id = ?",
                    Channel.DISCONNECTED, organizationId, channelId);
            return find(tx, List.of(organizationId), List.of(channelId)).get(0);
        });
    }

    /** The decrypted credentials of a channel, for its publisher only. */
    public Map<String, String> credentials(String organizationId, String channelId) {
        return database.read(tx -> tx.queryOne(
                        "SELECT credentials FROM channels WHERE organization_id = ? AND id = ?",
                        row -> row.getBytes(1), organizationId, channelId))
                .filter(sealed -> sealed != null && sealed.length > 0)
                .map(sealed -> Json.read(cipher.decrypt(sealed), STRING_MAP))
                .orElse(Map.of());
    }

    static ZoneId zone(String timezone) {
        try {
            ZoneId zone = ZoneId.of(timezone == null ? "UTC" : timezone);
            if (zone instanceof java.time.ZoneOffset || zone.getId().matches("^(GMT|UTC|UT)[+-].*")) {
                // a fixed offset has no DST rules: a schedule in it would drift from local time twice a year
                throw new DateTimeException("a fixed offset, not a zone");
            }
            return zone;
        } catch (DateTimeException e) {
            throw Refusal.badInput("Time zone '" + timezone + "' is not an IANA time zone such as Europe/Berlin.");
        }
    }

    static Channel channel(ResultSet row) throws SQLException {
        Service service = Service.fromApiName(row.getString("service")).orElseThrow();
        return new Channel(row.getString("id"), row.getString("organization_id"), row.getString("name"), service,
                row.getString("service_id"), row.getString("service_type"), ZoneId.of(row.getString("timezone")),
                Json.read(row.getString("posting_schedule"), PostingSchedule.class), row.getString("publisher"),
                Json.read(row.getString("settings"), STRING_MAP), Instant.ofEpochMilli(row.getLong("created_at")));
    }

    private static Object[] concat(Collection<String> first, Collection<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toArray();
    }

    /** What connecting a channel needs; credentials are encrypted before they are stored. */
    public record NewChannel(String name, Service service, String serviceId, String serviceType, String timezone,
                             String publisher, Map<String, String> settings, Map<String, String> credentials) {
        public NewChannel {
            settings = settings == null ? Map.of() : Map.copyOf(settings);
            credentials = credentials == null ? Map.of() : Map.copyOf(credentials);
        }
    }
}
