package io.roundup.job;

import io.roundup.progress.Meter;
import io.roundup.progress.Meters;
import io.roundup.progress.Total;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemReadListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import java.util.function.Supplier;

/**
 * Feeds a step's progress bar: opens it when the step starts, counts each item read, closes it when
 * the step ends. Items, not chunks: Spring Batch 6 calls no chunk listener when a step processes a
 * chunk's items concurrently (readNews, extractEvents). A partition ({@code loadPrices:files003})
 * adds to its manager's bar, which the manager's own StepMeter opened with the total of all files.
 */
class StepMeter<T> implements StepExecutionListener, ItemReadListener<T> {

    private final Meters meters;
    private final String unit;
    private final Supplier<Total> total;
    private Meter meter = Meter.NONE;

    /**
     * @param unit  what the step counts ("rows", "pages")
     * @param total how many it expects, asked each time the bar is drawn
     */
    StepMeter(Meters meters, String unit, Supplier<Total> total) {
        this.meters = meters;
        this.unit = unit;
        this.total = total;
    }

    @Override
    public void beforeStep(StepExecution step) {
        String name = step.getStepName();
        if (StepLog.isPartition(step)) {
            meter = meters.find(name.substring(0, name.indexOf(':')));
        } else {
            meter = meters.open(name, unit);
            meter.expect(total);
        }
    }

    @Override
    public void afterRead(T item) {
        meter.add(1);
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        if (!StepLog.isPartition(step)) meter.close();
        meter = Meter.NONE;
        return null; // the exit status as it is
    }
}
