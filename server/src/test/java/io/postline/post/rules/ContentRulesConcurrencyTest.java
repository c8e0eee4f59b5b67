package io.postline.post.rules;

import static io.postline.post.rules.ContentFixtures.FAMILY;
import static io.postline.post.rules.ContentFixtures.aTextPost;
import static io.postline.post.rules.ContentFixtures.aUrlOfLength;
import static org.assertj.core.api.Assertions.assertThat;

import io.postline.channel.Service;
import io.postline.post.PostContent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ContentRulesConcurrencyTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 10;

    @Test
    void one_instance_gives_the_same_answers_when_many_threads_share_it() throws Exception {
        ContentRules rules = new ContentRules();
        List<PostContent> posts = List.of(
                aTextPost("a".repeat(299) + " " + aUrlOfLength(200) + " @alice@example.social"),
                aTextPost(FAMILY.repeat(301)),
                aTextPost("日".repeat(141)),
                aTextPost("’".repeat(200)),
                aTextPost("cafe\u0301 " + "b".repeat(600) + " https://example.com/x"));
        List<List<String>> expected = new ArrayList<>();
        for (Service service : Service.values()) {
            for (PostContent post : posts) {
                expected.add(rules.problems(service, post));
            }
        }

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<List<String>>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                results.add(pool.submit(() -> {
                    List<List<String>> last = null;
                    for (int round = 0; round < ROUNDS; round++) {
                        List<List<String>> seen = new ArrayList<>();
                        for (Service service : Service.values()) {
                            for (PostContent post : posts) {
                                seen.add(rules.problems(service, post));
                            }
                        }
                        if (!seen.equals(expected)) {
                            return seen;
                        }
                        last = seen;
                    }
                    return last;
                }));
            }
            for (Future<List<List<String>>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected).anySatisfy(problems -> assertThat(problems).isNotEmpty());
    }
}
