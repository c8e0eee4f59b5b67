package io.postline.api;

import io.postline.Refusal;
import io.postline.post.Media;
import io.postline.post.PostContent;
import java.util.List;
import java.util.Map;

/** Reads GraphQL input objects (maps) into domain values. */
public final class Inputs {
    private Inputs() {}

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    public static <T> List<T> list(Object value) {
        return value == null ? null : (List<T>) value;
    }

    public static String string(Map<String, Object> input, String key) {
        Object value = input.get(key);
        return value == null ? null : value.toString();
    }

    public static String required(Map<String, Object> input, String key) {
        String value = string(input, key);
        if (value == null || value.isBlank()) {
            throw Refusal.badInput(key + " is required.");
        }
        return value;
    }

    public static Integer integer(Map<String, Object> input, String key) {
        Object value = input.get(key);
        return value == null ? null : ((Number) value).intValue();
    }

    public static boolean flag(Map<String, Object> input, String key) {
        return Boolean.TRUE.equals(input.get(key));
    }

    /** The connector dialect's media input: {photos: [{url, altText}], video: {url, thumbnailUrl}}. */
    public static Media media(Object value) {
        if (value == null) {
            return null;
        }
        Map<String, Object> media = map(value);
        List<Map<String, Object>> photos = list(media.get("photos"));
        Map<String, Object> video = map(media.get("video"));
        return new Media(
                photos == null ? List.of() : photos.stream()
                        .map(p -> new Media.Photo(string(p, "url"), string(p, "altText"))).toList(),
                video.isEmpty() ? null : new Media.Video(string(video, "url"), string(video, "thumbnailUrl")));
    }

    public static List<PostContent.Part> thread(Object value) {
        List<Map<String, Object>> parts = list(value);
        return parts == null ? List.of() : parts.stream()
                .map(p -> new PostContent.Part(string(p, "text"), media(p.get("media")))).toList();
    }
}
