package io.roundup.job;

import io.roundup.domain.Parsed;
import io.roundup.store.RejectStore;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import java.util.List;

/**
 * Passes parsed values on and records rejects. A reject is filtered out of the chunk, so the
 * step's filter count is its reject count; the reject table's key makes re-recording harmless.
 */
class RejectFilter<T> implements ItemProcessor<Parsed<T>, T> {

    private final String step;
    private final RejectStore rejects;

    RejectFilter(String step, RejectStore rejects) {
        this.step = step;
        this.rejects = rejects;
    }

    @Override
    public T process(Parsed<T> item) {
        if (item.isOk()) return item.value();
        rejects.save(step, List.of(item.reject()));
        return null;
    }
}
