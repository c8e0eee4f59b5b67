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

    void check(Channel channel, PostContent content) {
        String limit = channel.settings().get(TEXT_LIMIT_SETTING);
        List<String> problems = limit == null ? rules.problems(channel.service(), content)
                : rules.problems(channel.service(), content, Integer.parseInt(limit));
        if (!problems.isEmpty()) {
            throw Refusal.badInput("Channel " + channel.name() + " (" + channel.service().displayName() + "): "
                    + String.join(" ", problems));
        }
    }
}
