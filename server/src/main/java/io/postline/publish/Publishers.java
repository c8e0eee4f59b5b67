package io.postline.publish;

import java.util.Map;
import java.util.Optional;

/** The publisher for each kind of channel: {@code sandbox}, or a network's name. */
public final class Publishers {
    private final Map<String, Publisher> byName;

    public Publishers(Map<String, Publisher> byName) {
        this.byName = Map.copyOf(byName);
    }

    public Optional<Publisher> forName(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}
