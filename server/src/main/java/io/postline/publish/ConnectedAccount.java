package io.postline.publish;

import java.util.Map;

/**
 * The network account behind a newly connected channel.
 *
 * @param serviceId  the network's stable id for the account (Bluesky DID, Mastodon account id)
 * @param name       the name people know it by (Bluesky handle, Mastodon {@code @user@instance})
 * @param profileUrl the account's public page
 * @param settings   limits and facts read from the network for this account, e.g. {@code maxCharacters}
 */
public record ConnectedAccount(String serviceId, String name, String profileUrl, Map<String, String> settings) {
    public ConnectedAccount {
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }
}
