package io.postline.post;

import io.postline.Refusal;
import io.postline.channel.Channel;
import io.postline.post.rules.ContentRules;
import java.util.List;

/** Checks content against a channel's network before anything is stored. */
public final class PostValidation {
    /** The channel setting where a network told us its own text limit (Mastodon instances do). */
    public static final String TEXT_LIMIT_SETTING = "maxCharacters";

    private final ContentRules rules;

    public PostValidation(ContentRules rules) {
        this.rules = rules;
    }

    /** Longer than any network allows (Facebook's 63,206 is the most): refused before the costly counting. */
    static final int MAX_TEXT_CHARS = 70_000;

    void check(Channel channel, PostContent content) {
        for (PostContent.Part part : content.parts()) {
            if (part.text().length() > MAX_TEXT_CHARS) {
                throw Refusal.badInput("Text is " + part.text().length() + " characters long; no network takes more"
                        + " than " + MAX_TEXT_CHARS + ".");
            }
        }
        check(channel, content, null);
    }

    /** Also checks what the network needs beside content, when the post has details. */
    void check(Channel channel, PostContent content, PostDetails details) {
        String limit = channel.settings().get(TEXT_LIMIT_SETTING);
        List<String> problems = limit == null ? rules.problems(channel.service(), content)
                : rules.problems(channel.service(), content, Integer.parseInt(limit));
        if (details != null) {
            problems = new java.util.ArrayList<>(problems);
            problems.addAll(NetworkOptionRules.problems(channel, content, details));
        }
        if (!problems.isEmpty()) {
            throw Refusal.badInput("Channel " + channel.name() + " (" + channel.service().displayName() + "): "
                    + String.join(" ", problems));
        }
    }
}
