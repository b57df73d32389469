package io.roundup.job;

import io.roundup.progress.Meter;
import io.roundup.progress.Meters;
import io.roundup.progress.Total;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The listener that feeds a step's bar, on step executions made by hand: no Spring context, no bar drawn. */
class StepMeterTest {

    /** Meters that write down what they are told. */
    static final class Recorded implements Meters {
        final List<String> events = new ArrayList<>();
        String open;
        long done;
        Supplier<Total> total;

        @Override
        public Meter open(String task, String unit) {
            events.add("open " + task + " in " + unit);
            open = task;
            done = 0;
            return meter(task);
        }

        @Override
        public Meter find(String task) {
            return task.equals(open) ? meter(task) : Meter.NONE;
        }

        private Meter meter(String task) {
            return new Meter() {
                @Override
                public void add(long items) {
                    done += items;
                }

                @Override
                public void expect(Supplier<Total> t) {
                    total = t;
                }

                @Override
                public void close() {
                    events.add("close " + task + " at " + done);
                    open = null;
                }
            };
        }
    }

    private static StepExecution step(String name) {
        JobExecution job = new JobExecution(1L, new JobInstance(1L, "roundup"), new JobParameters());
        return new StepExecution(name, job);
    }

    @Test
    void aStepOpensItsBarCountsEachItemReadAndClosesIt() {
        Recorded meters = new Recorded();
        StepMeter<String> meter = new StepMeter<>(meters, "pages", () -> Total.exactly(3));
        StepExecution step = step("readNews");
        meter.beforeStep(step);
        meter.afterRead("a");
        meter.afterRead("b");
        assertThat(meters.total.get()).isEqualTo(Total.exactly(3));
        meter.afterStep(step);
        assertThat(meters.events).containsExactly("open readNews in pages", "close readNews at 2");
    }

    @Test
    void partitionsAddToTheBarTheirManagerOpenedAndLeaveItOpen() {
        Recorded meters = new Recorded();
        StepMeter<String> manager = new StepMeter<>(meters, "rows", () -> Total.about(10));
        StepExecution loadPrices = step("loadPrices");
        manager.beforeStep(loadPrices);
        for (String partition : List.of("loadPrices:files000", "loadPrices:files001")) {
            StepMeter<String> part = new StepMeter<>(meters, "rows", () -> Total.UNKNOWN);
            StepExecution execution = step(partition);
            part.beforeStep(execution);
            part.afterRead("row");
            part.afterRead("row");
            part.afterStep(execution);
        }
        assertThat(meters.total.get()).as("the manager's total, not a partition's").isEqualTo(Total.about(10));
        manager.afterStep(loadPrices);
        assertThat(meters.events).containsExactly("open loadPrices in rows", "close loadPrices at 4");
    }
}
