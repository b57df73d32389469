package io.roundup.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Host name (or address literal) to addresses: the system's DNS, or answers scripted by a test. */
@FunctionalInterface
interface Resolver {

    Resolver SYSTEM = InetAddress::getAllByName;

    InetAddress[] resolve(String host) throws UnknownHostException;
}
