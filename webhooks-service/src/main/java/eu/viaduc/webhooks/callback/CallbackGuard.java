package eu.viaduc.webhooks.callback;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps callbacks away from Viaduc's own network (server-side request forgery): a callback must be
 * https (http only for the hosts allowed for local runs), and every address its host resolves to
 * must be public: not loopback, private, link-local (the cloud metadata address), carrier-grade NAT,
 * unique-local, multicast or unspecified. Checked when a subscription is made and again before each
 * delivery, since a name may resolve elsewhere later.
 */
@ApplicationScoped
public class CallbackGuard {

    private final Set<String> allowedPrivateHosts;

    @Inject
    public CallbackGuard(@ConfigProperty(name = "viaduc.webhooks.allowed-private-hosts") List<String> allowedPrivateHosts) {
        this.allowedPrivateHosts = allowedPrivateHosts.stream().map(host -> host.strip().toLowerCase(Locale.ROOT))
                .filter(host -> !host.isEmpty() && !host.equals("none")).collect(Collectors.toUnmodifiableSet());
    }

    /** Why the callback may not be called, or null when it may. */
    public String refusal(String callbackUrl) {
        URI uri;
        try {
            uri = new URI(callbackUrl);
        } catch (URISyntaxException e) {
            return "is not a URL";
        }
        String host = uri.getHost();
        if (host == null || uri.getUserInfo() != null) {
            return "must be an absolute URL with a host and no user name";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean allowedPrivate = allowedPrivateHosts.contains(host.toLowerCase(Locale.ROOT));
        if (!allowedPrivate) {
            try {
                for (InetAddress address : InetAddress.getAllByName(host)) {
                    if (isInternal(address)) {
                        // which address is not said: the answer must not map Viaduc's network for the caller
                        return "must not point to an internal address";
                    }
                }
            } catch (UnknownHostException e) {
                return "names a host that does not resolve";
            }
        }
        if (!scheme.equals("https") && !(scheme.equals("http") && allowedPrivate)) {
            return "must be an https URL";
        }
        return null;
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            int third = bytes[2] & 0xff;
            // 0.0.0.0/8, carrier-grade NAT 100.64.0.0/10, IETF 192.0.0.0/24, benchmarking 198.18.0.0/15, reserved 240.0.0.0/4
            return first == 0 || (first == 100 && second >= 64 && second < 128) || (first == 192 && second == 0 && third == 0)
                    || (first == 198 && (second == 18 || second == 19)) || first >= 240;
        }
        // IPv6 unique-local fc00::/7, and NAT64 64:ff9b::/96 (Java reads an IPv4-mapped address as the IPv4 address itself)
        boolean nat64 = bytes[0] == 0x00 && bytes[1] == 0x64 && (bytes[2] & 0xff) == 0xff && (bytes[3] & 0xff) == 0x9b;
        return (bytes[0] & 0xfe) == 0xfc || nat64;
    }
}
