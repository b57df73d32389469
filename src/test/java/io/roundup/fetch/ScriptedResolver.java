package io.roundup.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntFunction;

/**
 * A resolver whose answer for the test name {@code rebind.test} depends on how many times it was
 * asked (the n-th question, from 1), as a rebinding DNS server's would; every other host resolves
 * as usual (address literals, localhost). Records every host asked.
 */
final class ScriptedResolver implements Resolver {

    static final String NAME = "rebind.test";

    final List<String> asked = new CopyOnWriteArrayList<>();
    private final IntFunction<String> answer;
    private int calls;

    ScriptedResolver(IntFunction<String> answer) {
        this.answer = answer;
    }

    /** {@code first} for the first {@code n} questions about {@link #NAME}, {@code then} afterwards. */
    static ScriptedResolver switching(int n, String first, String then) {
        return new ScriptedResolver(i -> i <= n ? first : then);
    }

    @Override
    public synchronized InetAddress[] resolve(String host) throws UnknownHostException {
        asked.add(host);
        if (!host.equals(NAME)) return InetAddress.getAllByName(host);
        return new InetAddress[]{InetAddress.getByName(answer.apply(++calls))};
    }

    long askedFor(String host) {
        return asked.stream().filter(host::equals).count();
    }
}
