package io.postline.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class QueueSlotsTest {
    private static final PostingSchedule NINE_DAILY = daily("09:00");

    @Test
    void a_nine_oclock_slot_stays_nine_oclock_local_across_spring_forward_in_berlin() {
        // Berlin moves from CET (+01) to CEST (+02) on 2026-03-29
        List<Instant> slots = slots(NINE_DAILY, "Europe/Berlin", Instant.parse("2026-03-27T12:00:00Z"), 4);

        assertThat(slots).containsExactly(
                Instant.parse("2026-03-28T08:00:00Z"),
                Instant.parse("2026-03-29T07:00:00Z"),
                Instant.parse("2026-03-30T07:00:00Z"),
                Instant.parse("2026-03-31T07:00:00Z"));
        assertThat(localTimes(slots, "Europe/Berlin")).containsOnly(LocalTime.of(9, 0));
    }

    @Test
    void a_nine_oclock_slot_stays_nine_oclock_local_across_fall_back_in_berlin() {
        // Berlin moves back to CET on 2026-10-25
        List<Instant> slots = slots(NINE_DAILY, "Europe/Berlin", Instant.parse("2026-10-24T12:00:00Z"), 2);

        assertThat(slots).containsExactly(Instant.parse("2026-10-25T08:00:00Z"), Instant.parse("2026-10-26T08:00:00Z"));
        assertThat(localTimes(slots, "Europe/Berlin")).containsOnly(LocalTime.of(9, 0));
    }

    @Test
    void a_nine_oclock_slot_stays_nine_oclock_local_across_both_changes_in_new_york() {
        // New York: EST -> EDT on 2026-03-08, EDT -> EST on 2026-11-01
        List<Instant> spring = slots(NINE_DAILY, "America/New_York", Instant.parse("2026-03-07T15:00:00Z"), 2);
        List<Instant> fall = slots(NINE_DAILY, "America/New_York", Instant.parse("2026-10-31T15:00:00Z"), 2);

        assertThat(spring).containsExactly(Instant.parse("2026-03-08T13:00:00Z"), Instant.parse("2026-03-09T13:00:00Z"));
        assertThat(fall).containsExactly(Instant.parse("2026-11-01T14:00:00Z"), Instant.parse("2026-11-02T14:00:00Z"));
        assertThat(localTimes(Stream.concat(spring.stream(), fall.stream()).toList(), "America/New_York"))
                .containsOnly(LocalTime.of(9, 0));
    }

    @Test
    void a_slot_the_clocks_skip_does_not_exist_that_day() {
        // 02:30 does not happen in New York on 2026-03-08
        List<Instant> slots = slots(daily("02:30"), "America/New_York", Instant.parse("2026-03-07T12:00:00Z"), 2);

        assertThat(slots).containsExactly(Instant.parse("2026-03-09T06:30:00Z"), Instant.parse("2026-03-10T06:30:00Z"));
    }

    @Test
    void a_slot_the_clocks_pass_twice_takes_its_first_instant() {
        // 01:30 happens twice in New York on 2026-11-01: first at EDT (-04), then at EST (-05)
        List<Instant> slots = slots(daily("01:30"), "America/New_York", Instant.parse("2026-11-01T00:00:00Z"), 2);

        assertThat(slots).containsExactly(Instant.parse("2026-11-01T05:30:00Z"), Instant.parse("2026-11-02T06:30:00Z"));
    }

    @Test
    void paused_days_have_no_slots() {
        PostingSchedule weekdaysOnly = NINE_DAILY.with(List.of(
                new PostingSchedule.Day("sat", List.of("09:00"), true),
                new PostingSchedule.Day("sun", List.of(), false)));
        // 2026-12-04 is a Friday
        List<Instant> slots = slots(weekdaysOnly, "UTC", Instant.parse("2026-12-04T10:00:00Z"), 1);

        assertThat(slots).containsExactly(Instant.parse("2026-12-07T09:00:00Z"));
    }

    @Test
    void a_schedule_without_active_times_has_no_slot() {
        PostingSchedule paused = new PostingSchedule(List.of(new PostingSchedule.Day("mon", List.of("09:00"), true)));

        assertThat(new QueueSlots(paused, ZoneId.of("UTC")).firstAfter(Instant.parse("2026-12-04T10:00:00Z"))).isEmpty();
        assertThat(paused.hasActiveSlot()).isFalse();
    }

    private static PostingSchedule daily(String time) {
        return new PostingSchedule(Stream.of("mon", "tue", "wed", "thu", "fri", "sat", "sun")
                .map(d -> new PostingSchedule.Day(d, List.of(time), false)).toList());
    }

    private static List<Instant> slots(PostingSchedule schedule, String zone, Instant from, int count) {
        QueueSlots slots = new QueueSlots(schedule, ZoneId.of(zone));
        List<Instant> out = new ArrayList<>();
        Instant after = from;
        for (int i = 0; i < count; i++) {
            after = slots.firstAfter(after).orElseThrow();
            out.add(after);
        }
        return out;
    }

    private static List<LocalTime> localTimes(List<Instant> instants, String zone) {
        return instants.stream().map(i -> i.atZone(ZoneId.of(zone)).toLocalTime()).toList();
    }
}
