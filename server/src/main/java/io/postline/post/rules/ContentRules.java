package io.postline.post.rules;

import io.postline.channel.Service;
import io.postline.post.PostContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks post content against one network's limits before it is scheduled, so a person hears about a
 * problem while they can still fix it rather than when the network refuses the post. Holds no state:
 * safe to share between threads.
 */
public final class ContentRules {
    static final String NO_CONTENT = "The post has no text and no media.";

    public ContentRules() {}

    /** Problems that stop this content being published on this network, in words a person can act on; empty when fine. */
    public List<String> problems(Service service, PostContent content) {
        return problems(service, content, NetworkLimits.of(service));
    }

    /** Same, with the network's own text limit where the instance says it (Mastodon instances configure max_characters). */
    public List<String> problems(Service service, PostContent content, int textLimit) {
        if (textLimit < 1) {
            throw new IllegalArgumentException("textLimit must be positive, was " + textLimit);
        }
        return problems(service, content, NetworkLimits.of(service).withTextLimit(textLimit));
    }

    /**
     * The network's way of counting this text (what is compared with the limit). For Bluesky this is
     * graphemes; its byte cap is checked by {@code problems}. On X and Mastodon a run of more than 16
     * dot-joined labels ("a.b.c.…") counts as plain text, never as a URL, to keep counting fast.
     */
    public int length(Service service, String text) {
        Objects.requireNonNull(text, "text");
        return NetworkLimits.of(service).textLimit().length().of(text);
    }

    public int textLimit(Service service) {
        return NetworkLimits.of(service).textLimit().max();
    }

    private static List<String> problems(Service service, PostContent content, NetworkLimits limits) {
        Objects.requireNonNull(content, "content");
        String network = service.displayName();
        List<String> problems = new ArrayList<>();
        // About the post as a whole, so it names no part.
        limits.need().problem(content.media(), network).ifPresent(problems::add);
        List<PostContent.Part> parts = content.parts();
        for (int i = 0; i < parts.size(); i++) {
            String prefix = parts.size() == 1 ? "" : "Thread part " + (i + 1) + ": ";
            // Where media is required, the media message already covers an empty first part.
            boolean mayBeEmpty = i == 0 && limits.need().required();
            for (String problem : partProblems(parts.get(i), limits, network, mayBeEmpty)) {
                problems.add(prefix + problem);
            }
        }
        return List.copyOf(problems);
    }

    private static List<String> partProblems(
            PostContent.Part part, NetworkLimits limits, String network, boolean mayBeEmpty) {
        List<String> problems = new ArrayList<>();
        if (!mayBeEmpty && part.text().isBlank() && part.media().isEmpty()) {
            problems.add(NO_CONTENT);
        }
        for (TextLimit limit : limits.text()) {
            limit.problem("Text", part.text(), network).ifPresent(problems::add);
        }
        problems.addAll(new MediaRules(limits, network).problems(part.media()));
        return problems;
    }
}
