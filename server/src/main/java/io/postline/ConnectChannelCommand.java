package io.postline;

import io.postline.account.Caller;
import io.postline.channel.Channel;
import io.postline.channel.ChannelStore;
import io.postline.channel.CredentialCipher;
import io.postline.channel.Service;
import io.postline.db.Database;
import io.postline.publish.ConnectChannel;
import io.postline.publish.bluesky.BlueskyConnector;
import io.postline.publish.mastodon.MastodonConnector;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code postline connect-channel}: adds a channel to an organization from the command line. */
@Command(name = "connect-channel", mixinStandardHelpOptions = true, description = "Connects a channel to an organization and prints its id.")
final class ConnectChannelCommand implements Callable<Integer> {
    @Mixin
    ServerMain.DatabaseOptions db;

    @Option(names = "--organization", required = true, description = "Organization id.")
    String organizationId;

    @Option(names = "--service", required = true, description = "twitter, linkedin, ..., bluesky, mastodon.")
    String service;

    @Option(names = "--publisher", description = "sandbox (records, never sends), webhook (POSTs JSON to"
            + " --credential url=...), or the network itself (bluesky, mastodon: the default for those services).")
    String publisher;

    @Option(names = "--name", description = "Defaults to the network account's name.")
    String name;

    @Option(names = "--timezone", defaultValue = "UTC", description = "IANA time zone of the posting schedule.")
    String timezone;

    @Option(names = "--credential", description = "key=value, repeatable; stored encrypted. bluesky: serviceUrl,"
            + " handle, appPassword; mastodon: instanceUrl, accessToken; webhook: url.")
    Map<String, String> credentials = new LinkedHashMap<>();

    @Override
    public Integer call() {
        Service network = Service.fromApiName(service).orElse(null);
        if (network == null) {
            System.err.println("Unknown service '" + service + "'.");
            return 2;
        }
        try (Database database = Database.open(db.database, 2)) {
            Clock clock = Clock.systemUTC();
            ChannelStore channels = new ChannelStore(database, clock, new Ids(clock),
                    new CredentialCipher(db.encryptionKey()));
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            ConnectChannel connect = new ConnectChannel(channels, Map.of(
                    Service.BLUESKY.apiName(), new BlueskyConnector(http, Server.CONNECT_TIMEOUT)::connect,
                    Service.MASTODON.apiName(), new MastodonConnector(http, Server.CONNECT_TIMEOUT)::connect));
            // the command line acts as an administrator of the organization it names
            Caller administrator = new Caller(null, List.of(organizationId));
            Channel channel = connect.connect(administrator, organizationId,
                    new ConnectChannel.Request(network, publisher, name, timezone, credentials));
            System.out.println("Channel " + channel.name() + " (" + channel.service().apiName() + ", "
                    + channel.publisher() + ") connected.");
            System.out.println("POSTLINE_CHANNEL_ID=" + channel.id());
            return 0;
        } catch (Refusal e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }
}
