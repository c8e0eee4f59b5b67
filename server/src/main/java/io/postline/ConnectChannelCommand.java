package io.postline;

import io.postline.channel.Channel;
import io.postline.channel.ChannelStore;
import io.postline.channel.CredentialCipher;
import io.postline.channel.Service;
import io.postline.db.Database;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code postline connect-channel}: adds a channel to an organization from the command line. */
@Command(name = "connect-channel", description = "Connects a channel to an organization and prints its id.")
final class ConnectChannelCommand implements Callable<Integer> {
    @Mixin
    ServerMain.DatabaseOptions db;

    @Option(names = "--organization", required = true, description = "Organization id.")
    String organizationId;

    @Option(names = "--service", required = true, description = "twitter, linkedin, ..., bluesky, mastodon.")
    String service;

    @Option(names = "--publisher", defaultValue = Channel.SANDBOX,
            description = "sandbox (records, never sends) or webhook (POSTs JSON to --credential url=...).")
    String publisher;

    @Option(names = "--name", required = true)
    String name;

    @Option(names = "--service-id", defaultValue = "")
    String serviceId;

    @Option(names = "--timezone", defaultValue = "UTC", description = "IANA time zone of the posting schedule.")
    String timezone;

    @Option(names = "--credential", description = "key=value, repeatable; stored encrypted.")
    Map<String, String> credentials = new LinkedHashMap<>();

    @Override
    public Integer call() {
        Service network = Service.fromApiName(service).orElse(null);
        if (network == null) {
            System.err.println("Unknown service '" + service + "'.");
            return 2;
        }
        if (!List.of(Channel.SANDBOX, "webhook").contains(publisher)) {
            System.err.println("Unknown publisher '" + publisher + "': use sandbox or webhook.");
            return 2;
        }
        try (Database database = Database.open(db.database, 2)) {
            Clock clock = Clock.systemUTC();
            ChannelStore channels = new ChannelStore(database, clock, new Ids(clock),
                    new CredentialCipher(db.encryptionKey()));
            Channel channel = channels.connect(organizationId, new ChannelStore.NewChannel(name, network,
                    serviceId.isBlank() ? name : serviceId, "profile", timezone, publisher, null, credentials));
            System.out.println("POSTLINE_CHANNEL_ID=" + channel.id());
            return 0;
        } catch (Refusal e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }
}
