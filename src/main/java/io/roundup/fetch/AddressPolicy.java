package io.roundup.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Which addresses we may connect to: public unicast only, unless the configuration allows loopback
 * (tests) or private ranges, nor an IPv6 address that tunnels to a refused IPv4 one. Applied by the
 * {@link CheckedResolver} to the addresses of every connection.
 */
final class AddressPolicy {

    private AddressPolicy() {
    }

    /** Why {@code a} is refused ("loopback", "private", …), or null when it may be contacted. */
    static String refusal(InetAddress a, boolean allowLoopback, boolean allowPrivate) {
        if (a.isAnyLocalAddress()) return "unspecified";
        if (a.isMulticastAddress()) return "multicast";
        if (a.isLoopbackAddress()) return allowLoopback ? null : "loopback";
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            int b0 = b[0] & 0xFF;
            if (b0 == 0x00 && (b[1] & 0xFF) == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B
                    && b[4] == 0 && b[5] == 1) {
                return "nat64_local"; // 64:ff9b:1::/48 (RFC 8215): a network's own translator, never a public site
            }
            for (byte[] v4 : embeddedIpv4(b)) {
                // a tunnel to 127.0.0.1 goes to some relay, never to this machine: refused even where loopback is allowed
                String why = refusal(ipv4(v4), false, allowPrivate);
                if (why != null) return why + " (embedded in " + a.getHostAddress() + ")";
            }
            if ((b0 & 0xFE) == 0xFC) return allowPrivate ? null : "private"; // fc00::/7 unique local
            if (a.isLinkLocalAddress() || a.isSiteLocalAddress()) return allowPrivate ? null : "link_local";
            return null;
        }
        int b0 = b[0] & 0xFF;
        int b1 = b[1] & 0xFF;
        if (b0 == 0) return "reserved";                                   // 0.0.0.0/8
        if (b0 >= 240) return "reserved";                                 // 240.0.0.0/4 and broadcast
        if (a.isLinkLocalAddress()) return allowPrivate ? null : "link_local"; // 169.254/16, cloud metadata
        if (a.isSiteLocalAddress()) return allowPrivate ? null : "private";    // 10/8, 172.16/12, 192.168/16
        if (b0 == 100 && (b1 & 0xC0) == 64) return allowPrivate ? null : "private"; // 100.64/10 carrier-grade NAT
        if (b0 == 198 && (b1 == 18 || b1 == 19)) return allowPrivate ? null : "private"; // 198.18/15 benchmarking
        if (b0 == 192 && b1 == 0 && (b[2] & 0xFF) == 0) return "reserved";            // 192.0.0/24 protocol assignments
        return null;
    }

    /**
     * The IPv4 addresses an IPv6 address carries, each of which must pass as well: IPv4-compatible
     * (::a.b.c.d; IPv4-mapped ones the JDK already turns into IPv4), NAT64 (64:ff9b::/96), 6to4
     * (2002:aabb:ccdd::/48) and Teredo (2001:0::/32: the server, and the client with its bits inverted).
     */
    private static List<byte[]> embeddedIpv4(byte[] b) {
        int w0 = ((b[0] & 0xFF) << 8) | (b[1] & 0xFF);
        int w1 = ((b[2] & 0xFF) << 8) | (b[3] & 0xFF);
        if (w0 == 0x2002) return List.of(new byte[]{b[2], b[3], b[4], b[5]});
        if (w0 == 0x2001 && w1 == 0) {
            return List.of(new byte[]{b[4], b[5], b[6], b[7]}, new byte[]{(byte) ~b[12], (byte) ~b[13], (byte) ~b[14], (byte) ~b[15]});
        }
        boolean zeros = true;
        for (int i = 0; i < 12; i++) if (b[i] != 0) zeros = false;
        boolean nat64 = w0 == 0x0064 && w1 == 0xFF9B;
        for (int i = 4; i < 12 && nat64; i++) if (b[i] != 0) nat64 = false;
        return zeros || nat64 ? List.of(new byte[]{b[12], b[13], b[14], b[15]}) : List.of();
    }

    private static InetAddress ipv4(byte[] v4) {
        try {
            return InetAddress.getByAddress(v4);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are an IPv4 address", e);
        }
    }
}
