package io.postline.post;

import io.postline.channel.Channel;
import io.postline.channel.PinterestBoard;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a network needs beside text and media before Postline can publish there: Instagram a post type, Pinterest
 * a board, YouTube a title and category, Google Business a post type with its details. A link attachment
 * excludes other media.
 */
final class NetworkOptionRules {
    static final Set<String> YOUTUBE_CATEGORIES = Set.of("1", "2", "10", "15", "17", "19", "20", "22", "23", "24", "25",
            "26", "27", "28", "29");

    private NetworkOptionRules() {}

    static List<String> problems(Channel channel, PostContent content, PostDetails details) {
        Map<String, Object> options = details.networkOptions();
        List<String> problems = new ArrayList<>();
        switch (channel.service()) {
            case INSTAGRAM -> {
                if (blank(options.get("type"))) {
                    problems.add("Instagram posts require a type (post, story, or reel).");
                }
            }
            case PINTEREST -> pinterest(channel, options, problems);
            case YOUTUBE -> {
                if (blank(options.get("title"))) {
                    problems.add("YouTube posts require a title.");
                }
                Object category = options.get("categoryId");
                if (blank(category) || !YOUTUBE_CATEGORIES.contains(category.toString())) {
                    problems.add("YouTube posts require a categoryId, one of " + sorted(YOUTUBE_CATEGORIES) + ".");
                }
            }
            case GOOGLEBUSINESS -> googleBusiness(content, options, problems);
            default -> { }
        }
        boolean linked = options.get("linkAttachment") != null;
        if (linked && (!content.media().isEmpty() || !details.documents().isEmpty())) {
            problems.add("A link attachment cannot be combined with assets: send one or the other.");
        }
        return problems;
    }

    private static void pinterest(Channel channel, Map<String, Object> options, List<String> problems) {
        Object board = options.get("boardServiceId");
        if (blank(board)) {
            problems.add("Pinterest posts require a boardServiceId (see the channel's metadata boards).");
        } else if (PinterestBoard.of(channel).stream().noneMatch(b -> b.serviceId().equals(board.toString()))) {
            problems.add("Pinterest board " + board + " is not a board of channel " + channel.name() + ".");
        }
    }

    private static void googleBusiness(PostContent content, Map<String, Object> options, List<String> problems) {
        if (content.media().video() != null) {
            problems.add("Google Business posts cannot have a video.");
        }
        Object type = options.get("type");
        if (blank(type)) {
            problems.add("Google Business posts require a type (whats_new, offer or event).");
            return;
        }
        String block = switch (type.toString()) {
            case "offer" -> "detailsOffer";
            case "event" -> "detailsEvent";
            default -> null;
        };
        if (block == null) {
            return;
        }
        Object details = options.get(block);
        if (!(details instanceof Map<?, ?> fields)) {
            problems.add("Google Business " + type + " posts require " + block + ".");
            return;
        }
        for (String field : List.of("title", "startDate", "endDate")) {
            if (blank(fields.get(field))) {
                problems.add("Google Business " + type + " posts require " + block + "." + field + ".");
            }
        }
    }

    private static boolean blank(Object value) {
        return value == null || value.toString().isBlank();
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b))).toList();
    }
}
