package io.roundup.domain;

import java.io.Closeable;
import java.io.IOException;

/**
 * Streams the rows of one input file as {@link Parsed} values, one per data line, in file order.
 * Implementations keep constant memory; a bad line yields a reject and reading goes on.
 */
public interface RowReader<T> extends Closeable {

    /** The next row, or null at the end of the input. */
    Parsed<T> next() throws IOException;
}
