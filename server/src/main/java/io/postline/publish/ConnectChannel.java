package io.postline.publish;

import io.postline.Refusal;
import io.postline.account.Caller;
import io.postline.channel.Channel;
import io.postline.channel.ChannelStore;
import io.postline.channel.Service;
import io.postline.publish.webhook.WebhookPublisher;
import java.util.Map;

/**
 * Connects and disconnects channels. Network channels are checked with their network first, so a channel with
 * wrong credentials is never stored; sandbox and webhook channels need no network account.
 */
public final class ConnectChannel {
    private final ChannelStore channels;
    private final Map<String, ChannelConnector> connectors;

    /** @param connectors by publisher kind, which is the network's name (bluesky, mastodon) */
    public ConnectChannel(ChannelStore channels, Map<String, ChannelConnector> connectors) {
        this.channels = channels;
        this.connectors = Map.copyOf(connectors);
    }

    public Channel connect(Caller caller, String organizationId, Request request) {
        String organization = caller.organization(organizationId);
        String kind = request.publisher() == null ? request.service().apiName() : request.publisher();
        if (Channel.SANDBOX.equals(kind)) {
            return store(organization, request, kind, named(request, "Sandbox " + request.service().displayName()),
                    Map.of());
        }
        if (WebhookPublisher.KIND.equals(kind)) {
            String url = request.credentials().getOrDefault("url", "");
            if (!url.startsWith("http://") && !url.startsWith("https://") || !validUri(url)) {
                throw Refusal.badInput("A webhook channel needs a credential url=http(s)://... to post to.");
            }
            // the URL may carry a token: only its host goes into the name, which is shown in clear
            return store(organization, request, kind, named(request, "Webhook to " + java.net.URI.create(url).getHost()),
                    Map.of());
        }
        ChannelConnector connector = connectors.get(kind);
        if (connector == null || !kind.equals(request.service().apiName())) {
            throw Refusal.badInput("Postline cannot connect " + request.service().displayName() + " channels with"
                    + " publisher '" + kind + "' yet; use sandbox or webhook, or one of " + connectors.keySet() + ".");
        }
        ConnectOutcome outcome = connector.connect(request.credentials());
        if (outcome instanceof ConnectOutcome.Connected connected) {
            ConnectedAccount account = connected.account();
            return channels.connect(organization, new ChannelStore.NewChannel(named(request, account.name()),
                    request.service(), account.serviceId(), "profile", request.timezone(), kind, account.settings(),
                    request.credentials()));
        }
        String reason = outcome instanceof ConnectOutcome.Refused refused ? refused.reason()
                : ((ConnectOutcome.Unreachable) outcome).reason();
        throw Refusal.badInput(request.service().displayName() + " did not accept the credentials: " + reason);
    }

    public Channel disconnect(Caller caller, String channelId) {
        Channel channel = channels.find(caller.organizationIds(), channelId)
                .orElseThrow(() -> Refusal.notFound("Channel " + channelId + " was not found."));
        return channels.disconnect(channel.organizationId(), channelId);
    }

    private Channel store(String organization, Request request, String kind, String name, Map<String, String> settings) {
        return channels.connect(organization, new ChannelStore.NewChannel(name, request.service(), name, "profile",
                request.timezone(), kind, settings, request.credentials()));
    }

    private static boolean validUri(String url) {
        try {
            return java.net.URI.create(url).getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String named(Request request, String fallback) {
        return request.name() == null || request.name().isBlank() ? fallback : request.name().strip();
    }

    /**
     * @param publisher   sandbox, webhook, or the network's name; null means the network's own publisher
     * @param credentials stored encrypted: bluesky serviceUrl/handle/appPassword, mastodon instanceUrl/accessToken,
     *                    webhook url
     */
    public record Request(Service service, String publisher, String name, String timezone,
                          Map<String, String> credentials) {
        public Request {
            credentials = credentials == null ? Map.of() : Map.copyOf(credentials);
        }
    }
}
