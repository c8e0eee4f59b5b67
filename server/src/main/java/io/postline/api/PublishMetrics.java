package io.postline.api;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.postline.channel.Channel;
import io.postline.post.Post;
import io.postline.publish.PublishOutcome;
import io.postline.queue.PublishListener;
import java.time.Duration;

/** Publishing metrics: lateness (publish time minus due time) and outcomes per network. */
public final class PublishMetrics implements PublishListener {
    private final MeterRegistry registry;

    public PublishMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void finished(Channel channel, Post post, PublishOutcome outcome, Duration lateness) {
        String network = channel == null ? "unknown" : channel.service().apiName();
        Counter.builder("postline.publish.outcomes")
                .description("Publish attempts by network and outcome")
                .tag("network", network)
                .tag("outcome", outcome.getClass().getSimpleName())
                .register(registry)
                .increment();
        if (outcome instanceof PublishOutcome.Published) {
            Timer.builder("postline.publish.lateness")
                    .description("Time from a post's due time to its publication")
                    .tag("network", network)
                    .publishPercentiles(0.5, 0.99)
                    .register(registry)
                    .record(lateness.isNegative() ? Duration.ZERO : lateness);
        }
    }
}
