package io.roundup.job;

import io.roundup.domain.Parsed;
import io.roundup.domain.Reject;
import io.roundup.domain.RowReader;
import io.roundup.progress.FileTotals;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Adapts plain {@link RowReader}s, one per file, to a restartable Spring Batch reader. The position
 * (file index, rows taken from it) is saved at each commit; a restart reopens that file and skips
 * the rows already written.
 * <p>
 * {@link #readingAhead} parses on a thread of its own, a few blocks of rows ahead of the step, so
 * that parsing the next rows overlaps writing these. The saved position is still that of the last
 * row the step took; rows parsed ahead and not taken are read again after a restart.
 * <p>
 * Each file the step has taken to its end is told to a {@link FileTotals}, so a progress bar can
 * guess the rows of the files still to read.
 */
class RowFilesReader<T> implements ItemStreamReader<Parsed<T>>, StepExecutionListener {

    /** Opens one file as rows; rows dated after the run date are the reader's to refuse. */
    interface Opener<T> {
        RowReader<T> open(Path file, LocalDate runDate) throws IOException;
    }

    /** Rows per block handed from the read-ahead thread, and blocks it may hold ready. */
    private static final int BLOCK = 500;
    private static final int BLOCKS_AHEAD = 4;

    private final String name;
    private final java.util.function.Supplier<List<Path>> fileSource;
    private final Opener<T> opener;
    private final boolean ahead;
    private final FileTotals totals;
    private List<Path> files = List.of();
    private LocalDate runDate;
    /** The position after the last row taken: what a restart resumes from. */
    private int fileIndex;
    private long rowsTaken;
    private Rows<T> rows;
    /** The last file's end was told to {@link #totals}. */
    private boolean ended;

    RowFilesReader(String name, java.util.function.Supplier<List<Path>> files, Opener<T> opener) {
        this(name, files, opener, FileTotals.fromBytes());
    }

    RowFilesReader(String name, java.util.function.Supplier<List<Path>> files, Opener<T> opener, FileTotals totals) {
        this(name, files, opener, false, totals);
    }

    private RowFilesReader(String name, java.util.function.Supplier<List<Path>> files, Opener<T> opener, boolean ahead,
                           FileTotals totals) {
        this.name = name;
        this.fileSource = files;
        this.opener = opener;
        this.ahead = ahead;
        this.totals = totals;
    }

    /** A reader that parses ahead of the step on a thread of its own ({@code opener} runs there). */
    static <T> RowFilesReader<T> readingAhead(String name, java.util.function.Supplier<List<Path>> files, Opener<T> opener) {
        return readingAhead(name, files, opener, FileTotals.fromBytes());
    }

    static <T> RowFilesReader<T> readingAhead(String name, java.util.function.Supplier<List<Path>> files, Opener<T> opener,
                                              FileTotals totals) {
        return new RowFilesReader<>(name, files, opener, true, totals);
    }

    @Override
    public void beforeStep(StepExecution step) {
        runDate = RunParameters.runDate(step.getJobParameters());
    }

    @Override
    public void open(ExecutionContext ctx) {
        files = fileSource.get();
        fileIndex = ctx.getInt(name + ".file", 0);
        rowsTaken = ctx.getLong(name + ".rows", 0L);
        ended = false;
        totals.alreadyRead(files.subList(0, Math.min(fileIndex, files.size())), rowsTaken);
        rows = rowsFromHere();
    }

    /** Opens the file at the saved position and skips the rows taken from it, on this thread. */
    private Rows<T> rowsFromHere() {
        Cursor cursor = new Cursor(fileIndex);
        try {
            if (fileIndex < files.size()) {
                cursor.current = opener.open(files.get(fileIndex), runDate);
                while (cursor.rows < rowsTaken && cursor.current.next() != null) cursor.rows++;
            }
        } catch (IOException e) {
            throw new ItemStreamException("cannot reopen " + files.get(fileIndex) + " at row " + rowsTaken, e);
        }
        return ahead ? new Ahead(cursor) : cursor;
    }

    @Override
    public Parsed<T> read() throws IOException {
        if (rows == null) rows = rowsFromHere(); // after a failed read, a retry starts again from the last row taken
        Row<T> row;
        try {
            row = rows.next();
        } catch (IOException | RuntimeException | Error e) {
            closeRows();
            throw e;
        }
        if (row == null) {
            if (!ended) filesEnded(files.size());
            ended = true;
            return null;
        }
        if (row.fileIndex() != fileIndex) filesEnded(row.fileIndex());
        fileIndex = row.fileIndex();
        rowsTaken = row.rowsTaken();
        return row.parsed();
    }

    /** The files from the current one up to {@code next} (excluded) were taken to their end. */
    private void filesEnded(int next) {
        for (int i = fileIndex; i < Math.min(next, files.size()); i++) totals.read(files.get(i), i == fileIndex ? rowsTaken : 0);
    }

    @Override
    public void update(ExecutionContext ctx) {
        ctx.putInt(name + ".file", fileIndex);
        ctx.putLong(name + ".rows", rowsTaken);
    }

    @Override
    public void close() {
        try {
            closeRows();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeRows() throws IOException {
        Rows<T> r = rows;
        rows = null;
        if (r != null) r.close();
    }

    /** One row and the position after it. */
    private record Row<T>(Parsed<T> parsed, int fileIndex, long rowsTaken) {
    }

    private interface Rows<R> extends java.io.Closeable {
        /** The next row, null after the last file. */
        Row<R> next() throws IOException;
    }

    /** Rows of the files from a position on, read on the calling thread. */
    private final class Cursor implements Rows<T> {
        private int file;
        private long rows;
        private RowReader<T> current;

        Cursor(int file) {
            this.file = file;
        }

        @Override
        public Row<T> next() throws IOException {
            while (file < files.size()) {
                if (current == null) {
                    Path path = files.get(file);
                    try {
                        current = opener.open(path, runDate);
                    } catch (IOException | RuntimeException e) {
                        // a file that cannot be read at all is one reject, not the end of the run
                        file++;
                        rows = 0;
                        return new Row<>(Parsed.rejected(new Reject(path.getFileName().toString(), 1,
                                "unreadable_file: " + e.getMessage(), "")), file, rows);
                    }
                }
                Parsed<T> row = current.next();
                if (row != null) return new Row<>(row, file, ++rows);
                current.close();
                current = null;
                file++;
                rows = 0;
            }
            return null;
        }

        @Override
        public void close() throws IOException {
            if (current != null) current.close();
            current = null;
        }
    }

    /** A {@link Cursor} run on a thread of its own, handing over blocks of rows. */
    private final class Ahead implements Rows<T> {
        private final BlockingQueue<Object> blocks = new ArrayBlockingQueue<>(BLOCKS_AHEAD);
        private final Thread thread;
        private List<Row<T>> block = List.of();
        private int next;
        private boolean done;

        Ahead(Cursor cursor) {
            thread = new Thread(() -> fill(cursor), name + "-read-ahead");
            thread.setDaemon(true);
            thread.start();
        }

        /** Runs on the read-ahead thread: blocks of rows, then an empty block, or the rows before a failure and the failure. */
        private void fill(Cursor cursor) {
            List<Row<T>> rows = new ArrayList<>(BLOCK);
            try (cursor) {
                for (Row<T> r; (r = cursor.next()) != null; ) {
                    rows.add(r);
                    if (rows.size() == BLOCK) {
                        blocks.put(rows);
                        rows = new ArrayList<>(BLOCK);
                    }
                }
                if (!rows.isEmpty()) blocks.put(rows);
                blocks.put(List.of());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // closed by the step: nobody waits for more
            } catch (Throwable e) {
                try {
                    if (!rows.isEmpty()) blocks.put(rows);
                    blocks.put(e);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public Row<T> next() throws IOException {
            if (next == block.size()) {
                if (done) return null;
                Object taken;
                try {
                    taken = blocks.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while waiting for " + name + " rows");
                }
                if (taken instanceof IOException e) throw e;
                if (taken instanceof RuntimeException e) throw e;
                if (taken instanceof Error e) throw e;
                block = (List<Row<T>>) taken;
                next = 0;
                if (block.isEmpty()) {
                    done = true;
                    return null;
                }
            }
            return block.get(next++);
        }

        /** Stops the thread and waits until it has closed its file. */
        @Override
        public void close() throws IOException {
            thread.interrupt();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while closing " + name);
            }
        }
    }
}
