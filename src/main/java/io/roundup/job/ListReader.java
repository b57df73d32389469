package io.roundup.job;

import io.roundup.progress.Total;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import java.util.List;
import java.util.function.Supplier;

/**
 * Reads a list that is only known when the step starts (the documents stored by an earlier step),
 * restartable by position.
 */
class ListReader<T> implements ItemStreamReader<T> {

    private final String name;
    private final Supplier<List<T>> source;
    private volatile List<T> items;
    private volatile int first;
    private int next;

    ListReader(String name, Supplier<List<T>> source) {
        this.name = name;
        this.source = source;
    }

    @Override
    public void open(ExecutionContext ctx) {
        next = ctx.getInt(name + ".next", 0);
        first = next;
        items = source.get();
    }

    /** The items this execution reads (after a restart, those left); unknown before the step opens it. */
    Total total() {
        List<T> all = items;
        return all == null ? Total.UNKNOWN : Total.exactly(Math.max(0, all.size() - first));
    }

    @Override
    public T read() {
        return next < items.size() ? items.get(next++) : null;
    }

    @Override
    public void update(ExecutionContext ctx) {
        ctx.putInt(name + ".next", next);
    }
}
