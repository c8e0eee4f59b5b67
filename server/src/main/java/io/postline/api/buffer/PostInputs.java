package io.postline.api.buffer;

import static io.postline.api.Inputs.list;
import static io.postline.api.Inputs.map;
import static io.postline.api.Inputs.string;

import io.postline.Refusal;
import io.postline.channel.Service;
import io.postline.post.Media;
import io.postline.post.PostContent;
import io.postline.post.PostDetails;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads Buffer's post inputs (assets list, per-network metadata, threads) into Postline's content and details. */
final class PostInputs {
    private PostInputs() {}

    /** The field of PostInputMetaData that holds a network's options. */
    static String block(Service service) {
        return service == Service.GOOGLEBUSINESS ? "google" : service.apiName();
    }

    /** The channel's network block of the metadata input, or an empty map. */
    static Map<String, Object> options(Map<String, Object> input, Service service) {
        return map(map(input.get("metadata")).get(block(service)));
    }

    /** Media, documents and per-URL options of an assets list; each entry holds exactly one kind of asset. */
    static Assets assets(List<Map<String, Object>> entries) {
        List<Media.Photo> photos = new ArrayList<>();
        Media.Video video = null;
        List<PostDetails.Document> documents = new ArrayList<>();
        Map<String, Map<String, Object>> options = new HashMap<>();
        Map<String, Object> link = null;
        for (Map<String, Object> entry : entries == null ? List.<Map<String, Object>>of() : entries) {
            long kinds = entry.values().stream().filter(v -> v != null).count();
            if (kinds != 1) {
                throw Refusal.badInput("Each asset must have exactly one of image, video, document or link.");
            }
            Map<String, Object> image = map(entry.get("image"));
            Map<String, Object> movie = map(entry.get("video"));
            Map<String, Object> document = map(entry.get("document"));
            if (!image.isEmpty()) {
                Map<String, Object> metadata = map(image.get("metadata"));
                photos.add(new Media.Photo(string(image, "url"), string(metadata, "altText")));
                Map<String, Object> extra = new HashMap<>();
                extra.put("thumbnailUrl", image.get("thumbnailUrl"));
                extra.put("userTags", metadata.get("userTags"));
                extra.put("animatedThumbnail", metadata.get("animatedThumbnail"));
                options.put(string(image, "url"), without(extra));
            } else if (!movie.isEmpty()) {
                if (video != null) {
                    throw Refusal.badInput("A post can have one video.");
                }
                if (string(movie, "thumbnailUrl") != null) {
                    throw Refusal.badInput("Videos do not take a thumbnailUrl; use metadata.thumbnailOffset instead.");
                }
                Map<String, Object> metadata = map(movie.get("metadata"));
                video = new Media.Video(string(movie, "url"), null);
                options.put(string(movie, "url"), without(metadata));
            } else if (!document.isEmpty()) {
                documents.add(new PostDetails.Document(string(document, "url"), string(document, "title"),
                        string(document, "thumbnailUrl")));
            } else {
                Map<String, Object> given = map(entry.get("link"));
                link = new LinkedHashMap<>();
                link.put("url", given.get("url"));
                link.put("title", given.get("title"));
                link.put("description", given.get("description"));
                link.put("thumbnail", given.get("thumbnailUrl") == null ? null : Map.of("url", given.get("thumbnailUrl")));
            }
        }
        return new Assets(new Media(photos, video), options, documents, link);
    }

    /** Options without blank values, so stored details stay small. */
    private static Map<String, Object> without(Map<String, Object> values) {
        Map<String, Object> kept = new HashMap<>();
        values.forEach((k, v) -> {
            if (v != null && !"".equals(v) && !(v instanceof List<?> l && l.isEmpty())) {
                kept.put(k, v);
            }
        });
        return kept;
    }

    /**
     * A thread given in metadata: every post including the first, whose text must be the post's text when that is
     * given too. Answers null when the block has no thread.
     */
    static Thread thread(Map<String, Object> options, String text, Assets topLevel) {
        List<Map<String, Object>> parts = list(options.get("thread"));
        if (parts == null || parts.isEmpty()) {
            return null;
        }
        String first = string(parts.get(0), "text");
        first = first == null ? "" : first;
        if (text != null && !text.equals(first)) {
            throw Refusal.badInput("text must be the same as the thread's first post's text.");
        }
        Assets firstAssets = assets(list(parts.get(0).get("assets")));
        Assets media = topLevel != null && !topLevel.media().isEmpty() ? topLevel : firstAssets;
        Map<String, Map<String, Object>> mediaOptions = new HashMap<>(firstAssets.mediaOptions());
        List<PostContent.Part> replies = new ArrayList<>();
        for (Map<String, Object> part : parts.subList(1, parts.size())) {
            Assets assets = assets(list(part.get("assets")));
            mediaOptions.putAll(assets.mediaOptions());
            replies.add(new PostContent.Part(string(part, "text"), assets.media()));
        }
        return new Thread(first, media.media(), replies, mediaOptions);
    }

    /** The block's options as stored: everything but the thread, plus a deprecated link asset as link attachment. */
    static Map<String, Object> stored(Map<String, Object> options, Assets assets) {
        Map<String, Object> kept = new LinkedHashMap<>(options);
        kept.remove("thread");
        if (assets != null && assets.link() != null) {
            kept.putIfAbsent("linkAttachment", assets.link());
        }
        return kept;
    }

    record Assets(Media media, Map<String, Map<String, Object>> mediaOptions, List<PostDetails.Document> documents,
                  Map<String, Object> link) {}

    record Thread(String text, Media media, List<PostContent.Part> replies,
                  Map<String, Map<String, Object>> mediaOptions) {}
}
