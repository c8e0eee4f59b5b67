package io.postline.post;

import io.postline.Refusal;
import io.postline.account.Caller;
import io.postline.channel.Channel;
import io.postline.channel.ChannelStore;
import io.postline.channel.Service;
import io.postline.db.Database;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** How many posts each channel sent and has scheduled on one local day, against its network's daily cap. */
public final class DailyPostingLimits {
    /** Posts a network accepts per channel and day through its API; networks not named have no cap. */
    public static final Map<Service, Integer> DAILY_CAP = Map.of(
            Service.INSTAGRAM, 50,
            Service.TIKTOK, 25,
            Service.THREADS, 250,
            Service.PINTEREST, 100);

    private final Database database;
    private final Clock clock;

    public DailyPostingLimits(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** One status per channel asked, in the order asked; {@code day} null means the channel's today. */
    public List<Status> of(Caller caller, List<String> channelIds, LocalDate day) {
        List<Channel> channels = database.read(tx -> ChannelStore.find(tx, caller.organizationIds(), channelIds));
        return channelIds.stream().map(id -> channels.stream().filter(c -> c.id().equals(id)).findFirst()
                .map(channel -> status(channel, day))
                .orElseThrow(() -> Refusal.notFound("Channel " + id + " was not found."))).toList();
    }

    private Status status(Channel channel, LocalDate day) {
        LocalDate local = day != null ? day : LocalDate.ofInstant(clock.instant(), channel.timezone());
        long from = local.atStartOfDay(channel.timezone()).toInstant().toEpochMilli();
        long to = local.plusDays(1).atStartOfDay(channel.timezone()).toInstant().toEpochMilli();
        int sent = count("SELECT COUNT(*) FROM posts WHERE channel_id = ? AND status = 'sent'"
                + " AND sent_at >= ? AND sent_at < ?", channel.id(), from, to);
        int scheduled = count("SELECT COUNT(*) FROM posts WHERE channel_id = ? AND status IN ('scheduled', 'sending')"
                + " AND scheduled_at >= ? AND scheduled_at < ?", channel.id(), from, to);
        Integer cap = DAILY_CAP.get(channel.service());
        return new Status(channel.id(), sent, scheduled, cap, cap != null && sent + scheduled >= cap);
    }

    private int count(String sql, Object... params) {
        return database.read(tx -> tx.queryOne(sql, row -> row.getInt(1), params).orElse(0));
    }

    /** @param limit null when the network has no daily cap */
    public record Status(String channelId, int sent, int scheduled, Integer limit, boolean isAtLimit) {}
}
