package io.postline.publish.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.postline.publish.media.FetchResult.Fetched;
import io.postline.publish.media.FetchResult.Refused;
import io.postline.publish.media.FetchResult.Unavailable;
import java.awt.Color;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MediaFetcherTest {
    private final LocalMediaServer host = LocalMediaServer.start();
    private final MediaFetcher fetcher = new MediaFetcher(LoopbackOnly.httpClient(), Duration.ofSeconds(5));

    @AfterEach
    void stop() {
        host.close();
    }

    @Test
    void returns_the_bytes_and_content_type_of_a_served_image() {
        byte[] png = TestImages.png(4, 4, Color.RED);
        String url = host.file("/red.png", png, "image/png; charset=binary");

        var result = fetcher.fetch(url, 1_000_000);

        assertThat(result).isInstanceOfSatisfying(Fetched.class, fetched -> {
            assertThat(fetched.bytes()).isEqualTo(png);
            assertThat(fetched.contentType()).isEqualTo("image/png");
        });
    }

    @Test
    void follows_redirects_to_where_the_file_really_is() {
        byte[] png = TestImages.png(2, 2, Color.BLUE);
        host.file("/files/blue.png", png, "image/png");
        host.redirect("/short", "/hop");
        host.redirect("/hop", host.url("/files/blue.png"));

        var result = fetcher.fetch(host.url("/short"), 1_000_000);

        assertThat(result).isInstanceOfSatisfying(Fetched.class, f -> assertThat(f.bytes()).isEqualTo(png));
    }

    @Test
    void refuses_a_file_whose_declared_length_is_over_the_limit_naming_its_size() {
        String url = host.file("/big.png", TestImages.noise(1_200_000), "image/png");

        var result = fetcher.fetch(url, 1_000_000);

        assertThat(result).isInstanceOfSatisfying(Refused.class, refused -> assertThat(refused.reason())
                .contains("1200000 bytes").contains("limit of 1000000 bytes"));
    }

    @Test
    void refuses_a_streamed_file_as_soon_as_it_grows_past_the_limit() {
        String url = host.chunkedFile("/stream.bin", TestImages.noise(3_000_000), "video/mp4");

        var result = fetcher.fetch(url, 1_000_000);

        assertThat(result).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.reason()).contains("over the limit of 1000000 bytes"));
    }

    @Test
    void accepts_a_streamed_file_exactly_at_the_limit() {
        byte[] body = TestImages.noise(100_000);
        String url = host.chunkedFile("/exact.bin", body, "application/octet-stream");

        var result = fetcher.fetch(url, 100_000);

        assertThat(result).isInstanceOfSatisfying(Fetched.class, f -> assertThat(f.bytes()).hasSize(100_000));
    }

    @Test
    void refuses_a_missing_file_naming_the_status() {
        var result = fetcher.fetch(host.url("/nothing-here.png"), 1_000_000);

        assertThat(result).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.reason()).contains("HTTP 404"));
    }

    @Test
    void reports_a_failing_host_as_unavailable_so_the_post_is_retried() {
        String url = host.status("/broken.png", 503);

        assertThat(fetcher.fetch(url, 1_000_000)).isInstanceOfSatisfying(Unavailable.class,
                unavailable -> assertThat(unavailable.reason()).contains("HTTP 503"));
    }

    @Test
    void gives_up_on_a_host_slower_than_the_timeout() {
        String url = host.slowFile("/slow.png", Duration.ofSeconds(12), new byte[] {1});

        assertThat(fetcher.fetch(url, 1_000_000)).isInstanceOfSatisfying(Unavailable.class,
                unavailable -> assertThat(unavailable.reason()).contains("did not answer"));
    }

    @Test
    void refuses_urls_that_are_not_http() {
        assertThat(fetcher.fetch("file:///etc/passwd", 1_000_000)).isInstanceOf(Refused.class);
        assertThat(fetcher.fetch("not a url", 1_000_000)).isInstanceOf(Refused.class);
    }

    @Test
    void test_client_refuses_to_leave_this_machine() {
        var result = fetcher.fetch("http://example.com/cat.png", 1_000_000);

        assertThat(result).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.reason()).contains("non-loopback"));
    }

    @Test
    void media_on_an_internal_address_is_refused_unless_internal_media_is_allowed() {
        try (LocalMediaServer host = LocalMediaServer.start()) {
            String url = host.file("/inside.png", new byte[] {1, 2, 3}, "image/png");
            MediaFetcher guarded = new MediaFetcher(LoopbackOnly.httpClient(), Duration.ofSeconds(5),
                    AddressPolicy.PUBLIC_ONLY);

            FetchResult refused = guarded.fetch(url, 1_000);
            FetchResult allowed = new MediaFetcher(LoopbackOnly.httpClient(), Duration.ofSeconds(5), AddressPolicy.ANY)
                    .fetch(url, 1_000);

            assertThat(refused).isInstanceOf(FetchResult.Refused.class);
            assertThat(((FetchResult.Refused) refused).reason()).contains("internal address 127.0.0.1");
            assertThat(host.requests("/inside.png")).isEqualTo(1);
            assertThat(allowed).isInstanceOf(FetchResult.Fetched.class);
        }
    }
}
