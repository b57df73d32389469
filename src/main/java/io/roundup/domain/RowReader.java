package io.roundup.domain;

import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;

/**
 * Streams the rows of one input file as {@link Parsed} values, one per data line, in file order.
 * Implementations keep constant memory; a bad line yields a reject and reading goes on.
 */
public interface RowReader<T> extends Closeable {

    /** The next row, or null at the end of the input. */
    Parsed<T> next() throws IOException;

    /** The rows of a small file parsed whole (a document, corrections.csv), one after the other. */
    static <T> RowReader<T> of(List<Parsed<T>> rows) {
        Iterator<Parsed<T>> it = rows.iterator();
        return new RowReader<>() {
            @Override
            public Parsed<T> next() {
                return it.hasNext() ? it.next() : null;
            }

            @Override
            public void close() {
            }
        };
    }
}
