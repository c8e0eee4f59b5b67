package io.postline.post.idea;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Content saved for later in an organization, not tied to a channel. */
public record Idea(String id, String organizationId, Content content, String groupId, Double position,
                   Instant createdAt, Instant updatedAt) {

    /**
     * What an idea holds.
     *
     * @param media    each with url, type (image, gif, video, link, document), alt, thumbnailUrl, size, source
     * @param tags     each with id, name, color
     * @param services networks the idea is meant for
     * @param date     when the idea is meant to go out, as given (ISO-8601), or null
     */
    public record Content(String title, String text, List<Map<String, Object>> media, List<Map<String, Object>> tags,
                          boolean aiAssisted, List<String> services, String date) {
        public Content {
            media = media == null ? List.of() : List.copyOf(media);
            tags = tags == null ? List.of() : List.copyOf(tags);
            services = services == null ? List.of() : List.copyOf(services);
        }

        boolean isEmpty() {
            return (title == null || title.isBlank()) && (text == null || text.isBlank()) && media.isEmpty();
        }
    }
}
