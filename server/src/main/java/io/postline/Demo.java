package io.postline;

import io.postline.account.AccountStore;
import io.postline.account.ApiKey;
import io.postline.channel.Channel;
import io.postline.channel.ChannelStore;
import io.postline.channel.Service;
import java.util.List;

/** An organization with one sandbox channel per network, so anyone can try the API at once. */
final class Demo {
    static final String EMAIL = "demo@postline.local";
    private static final List<String> ZONES = List.of("America/New_York", "Europe/Berlin", "UTC", "Asia/Tokyo");

    private Demo() {}

    /** Creates the demo account on first use; answers a fresh key for it every time. */
    static ApiKey ensure(AccountStore accounts, ChannelStore channels) {
        var existing = accounts.findByEmail(EMAIL);
        if (existing.isPresent()) {
            return accounts.addKey(existing.get().id(), "demo");
        }
        var created = accounts.create(EMAIL, "Demo", "Demo organization");
        Service[] services = Service.values();
        for (int i = 0; i < services.length; i++) {
            Service service = services[i];
            channels.connect(created.organization().id(), new ChannelStore.NewChannel(
                    "Demo " + service.displayName(), service, "demo-" + service.apiName(), serviceType(service),
                    ZONES.get(i % ZONES.size()), Channel.SANDBOX, null, null));
        }
        return created.key();
    }

    private static String serviceType(Service service) {
        return switch (service) {
            case FACEBOOK, LINKEDIN -> "page";
            case INSTAGRAM, THREADS -> "business";
            case GOOGLEBUSINESS -> "location";
            default -> "profile";
        };
    }

}
