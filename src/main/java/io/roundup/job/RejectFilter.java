package io.roundup.job;

import io.roundup.domain.Parsed;
import io.roundup.domain.Reject;
import io.roundup.store.RejectStore;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStream;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Passes parsed values on and records rejects. A reject is filtered out of the chunk, so the
 * step's filter count is its reject count; the reject table's key makes re-recording harmless
 * (a restarted chunk records the same rows again). Past {@code limit} rejects the step fails: a
 * file that is mostly bad is a wrong file, not a few bad lines.
 */
class RejectFilter<T> implements ItemProcessor<Parsed<T>, T>, ItemStream {

    private final String step;
    private final RejectStore rejects;
    private final long limit;
    /** Atomic: a step may process its items on several threads. */
    private final AtomicLong count = new AtomicLong();

    RejectFilter(String step, RejectStore rejects, long limit) {
        this.step = step;
        this.rejects = rejects;
        this.limit = limit;
    }

    @Override
    public void open(ExecutionContext ctx) {
        count.set(ctx.getLong(step + ".rejects", 0L));
    }

    @Override
    public void update(ExecutionContext ctx) {
        ctx.putLong(step + ".rejects", count.get());
    }

    @Override
    public T process(Parsed<T> item) {
        if (item.isOk()) return item.value();
        Reject r = item.reject();
        if (count.incrementAndGet() > limit) {
            throw new RejectLimitExceededException("step " + step + " rejected more than roundup.reject-limit=" + limit
                    + " rows; the last: " + r.source() + " line " + r.line() + ": " + r.reason());
        }
        rejects.save(step, List.of(r));
        return null;
    }

    /** The step's reject limit was passed. */
    static class RejectLimitExceededException extends RuntimeException {
        RejectLimitExceededException(String message) {
            super(message);
        }
    }
}
