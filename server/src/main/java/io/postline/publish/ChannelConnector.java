package io.postline.publish;

import java.util.Map;

/** Checks a channel's credentials with its network before the channel is stored. */
@FunctionalInterface
public interface ChannelConnector {
    ConnectOutcome connect(Map<String, String> credentials);
}
