package io.postline.channel;

import com.fasterxml.jackson.core.type.TypeReference;
import io.postline.db.Json;
import java.util.List;

/**
 * A board of a Pinterest channel, where pins go. A connected channel keeps its boards in the setting
 * {@link #SETTING} (JSON); a sandbox channel has one board so pins can be tried without a network.
 */
public record PinterestBoard(String id, String serviceId, String name, String url, String description, String avatar) {
    public static final String SETTING = "boards";
    private static final TypeReference<List<PinterestBoard>> LIST = new TypeReference<>() {};

    public static List<PinterestBoard> of(Channel channel) {
        if (channel.service() != Service.PINTEREST) {
            return List.of();
        }
        String stored = channel.settings().get(SETTING);
        if (stored != null) {
            return Json.read(stored, LIST);
        }
        if (!channel.isSandbox()) {
            return List.of();
        }
        return List.of(new PinterestBoard(channel.id() + "-board", "sandbox-board", "Sandbox board",
                "https://www.pinterest.com/" + channel.serviceId() + "/sandbox-board/", "Pins of the sandbox channel",
                null));
    }
}
