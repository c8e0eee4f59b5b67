package io.postline.queue;

import io.postline.channel.Channel;
import io.postline.post.Post;
import io.postline.publish.PublishOutcome;
import java.time.Duration;

/** Told about every publish attempt's end, e.g. to keep metrics. */
public interface PublishListener {
    void finished(Channel channel, Post post, PublishOutcome outcome, Duration lateness);

    PublishListener NONE = (channel, post, outcome, lateness) -> {};
}
