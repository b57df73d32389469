package io.roundup.fetch;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.UnknownHostException;

import static org.assertj.core.api.Assertions.assertThat;

class AddressPolicyTest {

    static String refusal(String address) throws UnknownHostException {
        return AddressPolicy.refusal(InetAddress.getByName(address), false, false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2002:808:808::1", "2001:0:4136:e378:8000:63bf:f7f7:f7f7", "64:ff9b::808:808", "8.8.8.8",
            "2606:4700::1111"})
    void publicAddressesAndTunnelsOfPublicAddressesAreAllowed(String address) throws UnknownHostException {
        assertThat(refusal(address)).isNull(); // 6to4, Teredo and NAT64 forms of 8.8.8.8 stay reachable
    }

    @ParameterizedTest
    @ValueSource(strings = {"2002:c0a8:101::", "2002:6440:1::", "2001:0:a00:1::1", "2001:0:4136:e378:8000:63bf:80ff:fffe",
            "64:ff9b:1:808:8:800::", "64:ff9b::a9fe:a9fe"})
    void tunnelsOfPrivateAddressesAreRefused(String address) throws UnknownHostException {
        // 6to4 of 192.168.1.1 and 100.64.0.1; Teredo with server 10.0.0.1, with client 127.0.0.1;
        // local-use NAT64 (whatever it embeds); well-known NAT64 of 169.254.169.254
        assertThat(refusal(address)).isNotNull();
    }
}
