package io.postline.queue;

import io.postline.channel.ChannelStore;
import io.postline.publish.Publishers;

/** What the publishing loop hands posts to, and how it treats failures. */
public record Publishing(Publishers publishers, ChannelStore channels, RetryPolicy retry, PublishListener listener,
                         int workers) {}
