package io.postline.api.buffer;

import io.postline.channel.Channel;
import io.postline.channel.PinterestBoard;
import io.postline.post.Media;
import io.postline.post.Post;
import io.postline.post.PostContent;
import io.postline.post.PostDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A post's per-network metadata and assets as Buffer answers them (union members, Asset implementations). */
final class PostMetadataView {
    private PostMetadataView() {}

    static Map<String, Object> metadata(Post post, Channel channel, PostDetails details) {
        Map<String, Object> o = details.networkOptions();
        List<PostContent.Part> parts = post.content().thread().isEmpty() ? List.of() : post.content().parts();
        List<Map<String, Object>> thread = parts.stream().map(p -> Typed.of("ThreadedPost", "text", p.text(),
                "assets", assets(p.media(), details), "linkAttachment", null, "metadata", null)).toList();
        String type = string(o, "type", parts.isEmpty() ? "post" : "thread");
        return switch (channel.service()) {
            case INSTAGRAM -> common("InstagramPostMetadata", type, "firstComment", o.get("firstComment"),
                    "link", o.get("link"), "geolocation", o.get("geolocation"),
                    "shouldShareToFeed", !Boolean.FALSE.equals(o.get("shouldShareToFeed")),
                    "stickerFields", o.get("stickerFields"), "isAiGenerated", flag(o, "isAiGenerated"));
            case FACEBOOK -> common("FacebookPostMetadata", type, "linkAttachment", link(o), "title", o.get("title"),
                    "firstComment", o.get("firstComment"));
            case LINKEDIN -> common("LinkedInPostMetadata", type, "firstComment", o.get("firstComment"),
                    "linkAttachment", link(o));
            case TWITTER -> common("TwitterPostMetadata", type, "retweet", null, "thread", thread,
                    "threadCount", thread.size(), "isAiGenerated", flag(o, "isAiGenerated"));
            case PINTEREST -> common("PinterestPostMetadata", type, "title", o.get("title"), "url", o.get("url"),
                    "board", PinterestBoard.of(channel).stream()
                            .filter(b -> b.serviceId().equals(o.get("boardServiceId"))).findFirst().orElse(null));
            case GOOGLEBUSINESS -> common("GoogleBusinessPostMetadata", type, "title", o.get("title"),
                    "details", googleDetails(o));
            case YOUTUBE -> common("YoutubePostMetadata", string(o, "type", "short"), "title", o.get("title"),
                    "privacy", string(o, "privacy", "public"), "license", string(o, "license", "youtube"),
                    "category", o.get("categoryId") == null ? null
                            : Map.of("categoryId", o.get("categoryId"), "title", o.get("categoryId")),
                    "notifySubscribers", !Boolean.FALSE.equals(o.get("notifySubscribers")),
                    "embeddable", !Boolean.FALSE.equals(o.get("embeddable")),
                    "madeForKids", flag(o, "madeForKids"), "isAiGenerated", flag(o, "isAiGenerated"));
            case MASTODON -> common("MastodonPostMetadata", type, "thread", thread, "threadCount", thread.size(),
                    "spoilerText", o.get("spoilerText"));
            case TIKTOK -> common("TiktokPostMetadata", type, "title", o.get("title"),
                    "isAiGenerated", flag(o, "isAiGenerated"));
            case THREADS -> common("ThreadsPostMetadata", type, "thread", thread, "threadCount", thread.size(),
                    "linkAttachment", link(o), "topic", o.get("topic"), "locationId", o.get("locationId"),
                    "locationName", o.get("locationName"));
            case BLUESKY -> common("BlueskyPostMetadata", type, "thread", thread, "threadCount", thread.size(),
                    "linkAttachment", link(o));
        };
    }

    /** Photos and video of the content (with the options given for their URLs), then documents. */
    static List<Map<String, Object>> assets(Media media, PostDetails details) {
        List<Map<String, Object>> assets = new ArrayList<>();
        for (Media.Photo photo : media.photos()) {
            Map<String, Object> extra = details.mediaOptions().getOrDefault(photo.url(), Map.of());
            assets.add(Typed.of("ImageAsset", "id", null, "type", "image", "mimeType", mimeType(photo.url(), "image"),
                    "source", photo.url(), "thumbnail", string(extra, "thumbnailUrl", photo.url()),
                    "image", Map.of("altText", photo.altText() == null ? "" : photo.altText(), "width", 0, "height", 0,
                            "isAnimated", photo.url().toLowerCase(Locale.ROOT).endsWith(".gif"),
                            "userTags", extra.getOrDefault("userTags", List.of()))));
        }
        Media.Video video = media.video();
        if (video != null) {
            Map<String, Object> extra = details.mediaOptions().getOrDefault(video.url(), Map.of());
            Map<String, Object> metadata = new java.util.HashMap<>(Map.of("durationMs", 0, "width", 0, "height", 0,
                    "isTranscodingRequired", false, "isVideoProcessing", false));
            metadata.put("thumbnailOffset", extra.get("thumbnailOffset"));
            metadata.put("title", extra.get("title"));
            assets.add(Typed.of("VideoAsset", "id", null, "type", "video", "mimeType", mimeType(video.url(), "video"),
                    "source", video.url(), "thumbnail", video.thumbnailUrl() == null ? "" : video.thumbnailUrl(),
                    "video", metadata));
        }
        for (PostDetails.Document document : details.documents()) {
            String thumbnail = document.thumbnailUrl() == null ? "" : document.thumbnailUrl();
            assets.add(Typed.of("DocumentAsset", "id", null, "type", "document", "mimeType", "application/pdf",
                    "source", document.url(), "thumbnail", thumbnail, "document", Map.of("numPages", 0,
                            "thumbnails", thumbnail.isEmpty() ? List.of() : List.of(thumbnail),
                            "title", document.title() == null ? "" : document.title())));
        }
        return assets;
    }

    private static Map<String, Object> common(String typeName, String type, Object... fields) {
        Map<String, Object> metadata = Typed.of(typeName, fields);
        metadata.put("type", type);
        metadata.put("annotations", List.of());
        return metadata;
    }

    private static Map<String, Object> link(Map<String, Object> options) {
        if (!(options.get("linkAttachment") instanceof Map<?, ?> link)) {
            return null;
        }
        String url = String.valueOf(link.get("url"));
        Object thumbnail = link.get("thumbnail") instanceof Map<?, ?> t ? t.get("url") : null;
        Map<String, Object> answer = new java.util.HashMap<>();
        answer.put("url", url);
        answer.put("expandedUrl", url);
        answer.put("title", link.get("title") == null ? url : link.get("title"));
        answer.put("text", link.get("description") == null ? "" : link.get("description"));
        answer.put("thumbnail", thumbnail);
        answer.put("thumbnails", thumbnail == null ? List.of() : List.of(thumbnail));
        return answer;
    }

    private static Map<String, Object> googleDetails(Map<String, Object> options) {
        String type = String.valueOf(options.get("type"));
        return switch (type) {
            case "offer" -> dated("GoogleBusinessOfferMetaData", options.get("detailsOffer"));
            case "event" -> {
                Map<String, Object> event = dated("GoogleBusinessEventMetaData", options.get("detailsEvent"));
                if (event != null) {
                    event.putIfAbsent("button", "none");
                    event.put("isFullDayEvent", Boolean.TRUE.equals(event.get("isFullDayEvent")));
                }
                yield event;
            }
            default -> {
                Map<String, Object> whatsNew = options.get("detailsWhatsNew") instanceof Map<?, ?> m
                        ? copy("GoogleBusinessWhatsNewMetaData", m) : Typed.of("GoogleBusinessWhatsNewMetaData");
                if (whatsNew.get("button") == null) {
                    whatsNew.put("button", "none");
                }
                yield whatsNew;
            }
        };
    }

    private static Map<String, Object> dated(String typeName, Object block) {
        if (!(block instanceof Map<?, ?> fields)) {
            return null;
        }
        Map<String, Object> details = copy(typeName, fields);
        details.computeIfPresent("startDate", (k, v) -> BufferTime.normalized(v));
        details.computeIfPresent("endDate", (k, v) -> BufferTime.normalized(v));
        return details;
    }

    private static Map<String, Object> copy(String typeName, Map<?, ?> fields) {
        Map<String, Object> copy = Typed.of(typeName);
        fields.forEach((k, v) -> copy.put(String.valueOf(k), v));
        return copy;
    }

    private static String mimeType(String url, String kind) {
        String path = url.toLowerCase(Locale.ROOT).replaceAll("[?#].*$", "");
        String extension = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : "";
        return switch (extension) {
            case "jpg", "jpeg" -> "image/jpeg";
            case "png", "gif", "webp", "heic" -> "image/" + extension;
            case "mp4" -> "video/mp4";
            case "mov" -> "video/quicktime";
            case "webm" -> "video/webm";
            default -> kind.equals("image") ? "image/jpeg" : "video/mp4";
        };
    }

    private static String string(Map<String, ?> options, String key, String fallback) {
        Object value = options.get(key);
        return value == null ? fallback : value.toString();
    }

    private static boolean flag(Map<String, Object> options, String key) {
        return Boolean.TRUE.equals(options.get(key));
    }
}
