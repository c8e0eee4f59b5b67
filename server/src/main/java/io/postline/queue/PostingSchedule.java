package io.postline.queue;

import io.postline.Refusal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** When a channel's queue publishes: for each weekday, local times of day, unless the day is paused. */
public record PostingSchedule(List<Day> days) {
    static final List<String> DEFAULT_TIMES = List.of("09:00", "12:30", "17:00");

    public PostingSchedule {
        days = List.copyOf(days);
    }

    /** Three slots a day, every day: a queue that works before anyone configures it. */
    public static PostingSchedule standard() {
        return new PostingSchedule(Arrays.stream(DayOfWeek.values())
                .map(d -> new Day(Day.name(d), DEFAULT_TIMES, false))
                .toList());
    }

    public Optional<Day> day(DayOfWeek weekday) {
        return days.stream().filter(d -> d.weekday() == weekday).findFirst();
    }

    public boolean hasActiveSlot() {
        return days.stream().anyMatch(d -> !d.paused() && !d.times().isEmpty());
    }

    /**
     * One weekday's slots.
     *
     * @param day   mon, tue, wed, thu, fri, sat or sun
     * @param times local times "HH:MM", kept sorted and without repeats
     */
    public record Day(String day, List<String> times, boolean paused) {
        public Day {
            day = day == null ? null : day.toLowerCase(Locale.ROOT);
            weekdayOf(day);
            times = times == null ? List.of() : times.stream().map(Day::checkedTime).distinct().sorted().toList();
        }

        public DayOfWeek weekday() {
            return weekdayOf(day);
        }

        public List<LocalTime> localTimes() {
            return times.stream().map(LocalTime::parse).toList();
        }

        static String name(DayOfWeek weekday) {
            return weekday.name().substring(0, 3).toLowerCase(Locale.ROOT);
        }

        private static DayOfWeek weekdayOf(String day) {
            for (DayOfWeek weekday : DayOfWeek.values()) {
                if (name(weekday).equals(day)) {
                    return weekday;
                }
            }
            throw Refusal.badInput("Unknown day '" + day + "': use mon, tue, wed, thu, fri, sat or sun.");
        }

        private static String checkedTime(String time) {
            try {
                if (time == null || !time.matches("\\d{2}:\\d{2}")) {
                    throw new DateTimeParseException("not HH:MM", String.valueOf(time), 0);
                }
                return LocalTime.parse(time).toString();
            } catch (DateTimeParseException e) {
                throw Refusal.badInput("Posting time '" + time + "' is not a time of day as HH:MM (00:00 to 23:59).");
            }
        }
    }

    /** Merges days: a later entry for the same weekday replaces the earlier one; missing weekdays stay. */
    public PostingSchedule with(List<Day> changes) {
        List<Day> merged = new ArrayList<>(days);
        for (Day change : changes) {
            merged.removeIf(d -> d.weekday() == change.weekday());
            merged.add(change);
        }
        merged.sort((a, b) -> a.weekday().compareTo(b.weekday()));
        return new PostingSchedule(merged);
    }
}
