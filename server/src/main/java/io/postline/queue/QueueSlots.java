package io.postline.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The instants of a channel's queue slots. Slots are local times in the channel's zone: 09:00 stays 09:00 on
 * both sides of a DST change; a slot the clocks skip does not exist that day; a slot the clocks pass twice
 * takes its first instant.
 */
public final class QueueSlots {
    /** How far ahead to look for a slot; a schedule with any active day has one within a week. */
    static final int SEARCH_DAYS = 15;

    private final PostingSchedule schedule;
    private final ZoneId zone;

    public QueueSlots(PostingSchedule schedule, ZoneId zone) {
        this.schedule = schedule;
        this.zone = zone;
    }

    /** The first slot strictly later than {@code after}. */
    public Optional<Instant> firstAfter(Instant after) {
        LocalDate date = after.atZone(zone).toLocalDate().minusDays(1);
        for (int i = 0; i <= SEARCH_DAYS; i++, date = date.plusDays(1)) {
            for (Instant slot : slotsOn(date)) {
                if (slot.isAfter(after)) {
                    return Optional.of(slot);
                }
            }
        }
        return Optional.empty();
    }

    private List<Instant> slotsOn(LocalDate date) {
        return schedule.day(date.getDayOfWeek())
                .filter(day -> !day.paused())
                .map(day -> day.localTimes().stream()
                        .map(time -> instant(date, time))
                        .flatMap(Optional::stream)
                        .toList())
                .orElse(List.of());
    }

    private Optional<Instant> instant(LocalDate date, LocalTime time) {
        LocalDateTime local = LocalDateTime.of(date, time);
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            return Optional.empty();
        }
        // in an overlap the earlier offset is the larger one: the first time the wall clock shows this time
        ZoneOffset first = offsets.stream().max(Comparator.comparingInt(ZoneOffset::getTotalSeconds)).orElseThrow();
        return Optional.of(local.toInstant(first));
    }
}
