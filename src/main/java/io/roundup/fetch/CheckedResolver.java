package io.roundup.fetch;

import org.apache.hc.client5.http.DnsResolver;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The only way from a host name to a socket: the HTTP client asks this resolver when it connects,
 * on every attempt and every redirect hop, and gets only addresses that passed the
 * {@link AddressPolicy}. So the address checked is the address connected to, whatever the name
 * answers from one lookup to the next (DNS rebinding).
 */
final class CheckedResolver implements DnsResolver {

    /** Refused by the address policy; the message says which address and why. */
    static final class Refused extends UnknownHostException {
        Refused(String message) {
            super(message);
        }
    }

    private final Resolver resolver;
    private final boolean allowLoopback;
    private final boolean allowPrivate;

    CheckedResolver(Resolver resolver, boolean allowLoopback, boolean allowPrivate) {
        this.resolver = resolver;
        this.allowLoopback = allowLoopback;
        this.allowPrivate = allowPrivate;
    }

    /** All addresses of {@code host}, every one allowed; else {@link Refused} (or unknown host). */
    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(h);
        } catch (SecurityException e) {
            throw new UnknownHostException(h + ": " + e.getMessage());
        }
        if (addresses == null || addresses.length == 0) throw new UnknownHostException(h);
        for (InetAddress a : addresses) {
            String why = AddressPolicy.refusal(a, allowLoopback, allowPrivate);
            if (why != null) {
                throw new Refused(h + " resolves to " + a.getHostAddress() + " (" + why + "), which we do not contact");
            }
        }
        return addresses;
    }

    /** Only Kerberos asks for it; we never authenticate. */
    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }
}
