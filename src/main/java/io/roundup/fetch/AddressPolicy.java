package io.roundup.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Which addresses we may connect to: public unicast only, unless the configuration allows loopback
 * (tests) or private ranges. Checked on the resolved addresses of every hop before any connection.
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
            if (isIpv4Embedded(b)) {
                try {
                    byte[] v4 = {b[12], b[13], b[14], b[15]};
                    return refusal(InetAddress.getByAddress(v4), allowLoopback, allowPrivate);
                } catch (UnknownHostException e) {
                    return "reserved";
                }
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

    /** IPv4-compatible (::a.b.c.d), IPv4-mapped (handled by the JDK already) and NAT64 (64:ff9b::/96). */
    private static boolean isIpv4Embedded(byte[] b) {
        boolean zeros = true;
        for (int i = 0; i < 12; i++) if (b[i] != 0) zeros = false;
        if (zeros) return true;
        boolean nat64 = (b[0] & 0xFF) == 0 && (b[1] & 0xFF) == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B;
        for (int i = 4; i < 12 && nat64; i++) if (b[i] != 0) nat64 = false;
        return nat64;
    }
}
