package io.roundup.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Progress of a long step, at most every {@code everySeconds}: items read so far and the rate, so
 * an operator watching a ten-million-row load knows it moves.
 */
class Progress<I, O> implements ChunkListener<I, O>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger("roundup");

    private final long everyNanos;
    private StepExecution step;
    private long started;
    private long lastLog;

    Progress(long everySeconds) {
        this.everyNanos = everySeconds * 1_000_000_000L;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        step = stepExecution;
        started = lastLog = System.nanoTime();
    }

    @Override
    public void afterChunk(Chunk<O> chunk) {
        report();
    }

    @Override
    public void afterChunk(ChunkContext context) {
        report();
    }

    private void report() {
        long now = System.nanoTime();
        if (step == null || now - lastLog < everyNanos) return;
        lastLog = now;
        long read = step.getReadCount();
        double seconds = (now - started) / 1e9;
        log.info("step {}: {} read, {} written, {} rejected so far ({} items/s)", step.getStepName(), read,
                step.getWriteCount(), step.getFilterCount(), Math.round(read / Math.max(seconds, 0.001)));
    }
}
