package io.postline.publish.bluesky;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TidTest {
    private static final Instant DUE = Instant.parse("2026-12-03T13:20:00Z");
    /** The PDS's own TID syntax check (@atproto/syntax). */
    private static final String TID_SYNTAX = "^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$";

    @Test
    void is_a_valid_tid_for_the_due_second() {
        String tid = Tid.forPart("post-1", 0, DUE);

        assertThat(tid).matches(TID_SYNTAX);
        long micros = Tid.decode(tid) >>> 10;
        assertThat(micros / 1_000_000).isEqualTo(DUE.getEpochSecond());
    }

    @Test
    void is_the_same_for_every_retry_of_a_part() {
        assertThat(Tid.forPart("post-1", 2, DUE)).isEqualTo(Tid.forPart("post-1", 2, DUE));
    }

    @Test
    void keeps_thread_parts_distinct_and_in_order() {
        var tids = IntStream.range(0, 5).mapToObj(i -> Tid.forPart("post-1", i, DUE)).toList();

        assertThat(tids).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void differs_for_posts_due_in_the_same_second() {
        var tids = new HashSet<String>();
        IntStream.range(0, 200).forEach(i -> tids.add(Tid.forPart("post-" + i, 0, DUE)));

        assertThat(tids).hasSize(200);
    }

    @Test
    void differs_when_a_post_is_rescheduled() {
        assertThat(Tid.forPart("post-1", 0, DUE)).isNotEqualTo(Tid.forPart("post-1", 0, DUE.plusSeconds(60)));
    }

    @Test
    void encodes_microseconds_above_the_ten_clock_id_bits() {
        assertThat(Tid.encode(0)).isEqualTo("2222222222222");
        assertThat(Tid.encode(1L << 10)).isEqualTo("2222222222322");
        assertThat(Tid.encode(Tid.decode("3n3reixcc222b"))).isEqualTo("3n3reixcc222b");
    }
}
