package io.roundup.bench;

import io.roundup.ops.Cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The heap benchmark's child JVM: the command line given (a {@code run}) as usual while a sampler
 * forces a full collection every {@value #SAMPLE_MILLIS} ms and keeps the largest heap still in use
 * after it: the live data the job holds, which shows whether memory grows with the input. The
 * plain peak of used heap says little (with room to spare the collector simply runs later), and
 * neither does the heap after a young collection, which still counts the old generation's garbage.
 * Ends with one line, {@code live_heap_bytes N,N,…}, the samples in order.
 */
final class HeapProbe {

    /** Often enough that even the short run has many samples to take its maximum over. */
    static final long SAMPLE_MILLIS = 100;

    private HeapProbe() {
    }

    public static void main(String[] args) {
        List<Long> live = Collections.synchronizedList(new ArrayList<>());
        Thread sampler = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(SAMPLE_MILLIS);
                    live.add(LiveHeap.collect());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        int code = Cli.run(args);
        sampler.interrupt();
        synchronized (live) {
            System.out.println("live_heap_bytes " + live.stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
        System.exit(code);
    }
}
