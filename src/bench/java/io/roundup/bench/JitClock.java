package io.roundup.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The JIT compilers' accumulated time, sampled every 50 ms while a measurement runs, so that a run
 * can be told how much compiling went on beside it: on two cores a busy C2 compiler takes most of
 * a core from the threads being measured.
 */
final class JitClock {

    private record Sample(Instant at, long compileMillis) {
    }

    private final CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
    private final List<Sample> samples = new ArrayList<>();
    private final Thread sampler;
    private volatile boolean running = true;

    private JitClock() {
        sampler = new Thread(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-jit-clock");
        sampler.setDaemon(true);
    }

    static JitClock start() {
        JitClock clock = new JitClock();
        clock.sample();
        clock.sampler.start();
        return clock;
    }

    /** Compile time of all compiler threads since the JVM started. */
    static double totalSeconds() {
        CompilationMXBean c = ManagementFactory.getCompilationMXBean();
        return c.isCompilationTimeMonitoringSupported() ? c.getTotalCompilationTime() / 1000.0 : 0;
    }

    private void sample() {
        long millis = compiler.isCompilationTimeMonitoringSupported() ? compiler.getTotalCompilationTime() : 0;
        synchronized (samples) {
            samples.add(new Sample(Instant.now(), millis));
        }
    }

    void stop() throws InterruptedException {
        running = false;
        sampler.interrupt();
        sampler.join();
        sample();
    }

    /** Compile time from start to stop. */
    double seconds() {
        return secondsBetween(Instant.MIN, Instant.MAX);
    }

    /** Compile time between two instants, to the nearest sample (50 ms) at either end. */
    double secondsBetween(Instant from, Instant to) {
        return (at(to) - at(from)) / 1000.0;
    }

    private long at(Instant t) {
        synchronized (samples) {
            Sample last = samples.get(0);
            for (Sample s : samples) {
                if (s.at().isAfter(t)) return last.compileMillis();
                last = s;
            }
            return last.compileMillis();
        }
    }
}
