package io.postline.api.buffer;

import io.postline.post.PostStatus;
import java.util.List;

/** What a caller may do with a post in each status, as Buffer lists it in Post.allowedActions. */
final class PostActions {
    private static final List<String> DRAFT = List.of("addPostToQueue", "publishPostNow", "updatePost",
            "publishPostNext", "updatePostSchedule", "updatePostTags", "addPostNote", "duplicatePost", "deletePost",
            "requestPostApproval");
    private static final List<String> NEEDS_APPROVAL = List.of("approvePost", "rejectPost",
            "revertPostApprovalRequest", "updatePost", "updatePostTags", "addPostNote", "duplicatePost", "deletePost");
    private static final List<String> SCHEDULED = List.of("updatePost", "publishPostNow", "publishPostNext",
            "updatePostSchedule", "removePostScheduledTime", "movePostToDraft", "updatePostTags", "addPostNote",
            "duplicatePost", "deletePost");
    private static final List<String> SENDING = List.of("viewPost");
    private static final List<String> SENT = List.of("viewPost", "sharePostLink", "copyPostLink", "updatePostTags",
            "addPostNote", "duplicatePost", "deletePost");
    private static final List<String> ERROR = List.of("updatePost", "publishPostNow", "addPostToQueue",
            "updatePostSchedule", "movePostToDraft", "duplicatePost", "deletePost");

    private PostActions() {}

    static List<String> of(PostStatus status) {
        return switch (status) {
            case DRAFT -> DRAFT;
            case NEEDS_APPROVAL -> NEEDS_APPROVAL;
            case SCHEDULED -> SCHEDULED;
            case SENDING -> SENDING;
            case SENT -> SENT;
            case ERROR -> ERROR;
        };
    }
}
