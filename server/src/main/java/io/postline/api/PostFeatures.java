package io.postline.api;

import io.postline.post.DailyPostingLimits;
import io.postline.post.RevisePost;
import io.postline.post.SearchPosts;
import io.postline.post.idea.IdeaStore;
import io.postline.post.tag.TagStore;

/** The domain operations beyond the connector dialect's: searching, revising, daily limits, tags and ideas. */
public record PostFeatures(SearchPosts search, RevisePost revisions, DailyPostingLimits dailyLimits, TagStore tags,
                           IdeaStore ideas) {}
