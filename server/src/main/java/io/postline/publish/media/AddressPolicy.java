package io.postline.publish.media;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Which hosts media may be fetched from. Media URLs come from API callers, so by default a URL that resolves to a
 * loopback, private, link-local or cloud-metadata address is refused: the server must not be a way into its own
 * network. Tests, and a setup whose media lives on an internal host, allow them.
 */
public enum AddressPolicy {
    PUBLIC_ONLY,
    ANY;

    /** Why this host may not be fetched, or null when it may. */
    String refusal(String host) {
        if (this == ANY) {
            return null;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (internal(address)) {
                    return "it points to the internal address " + address.getHostAddress();
                }
            }
            return null;
        } catch (UnknownHostException e) {
            return null; // the fetch itself will say the host is unknown
        }
    }

    private static boolean internal(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean uniqueLocalV6 = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
        return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocalV6;
    }
}
