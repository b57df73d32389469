package io.roundup.job;

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
    private List<T> items;
    private int next;

    ListReader(String name, Supplier<List<T>> source) {
        this.name = name;
        this.source = source;
    }

    @Override
    public void open(ExecutionContext ctx) {
        items = source.get();
        next = ctx.getInt(name + ".next", 0);
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
