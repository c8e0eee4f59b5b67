package io.postline.account;

import io.postline.Refusal;
import java.util.List;

/** Who is asking: the account a valid API key belongs to, and the organizations it may see. */
public record Caller(Account account, List<String> organizationIds) {
    public Caller {
        organizationIds = List.copyOf(organizationIds);
    }

    public boolean owns(String organizationId) {
        return organizationIds.contains(organizationId);
    }

    /** The organization, if this caller may act in it; another account's organization is forbidden. */
    public String organization(String organizationId) {
        if (!owns(organizationId)) {
            throw Refusal.forbidden("Organization " + organizationId + " is not one of this API key's organizations.");
        }
        return organizationId;
    }
}
