package io.roundup.job;

import io.roundup.domain.Parsed;
import io.roundup.domain.Reject;
import io.roundup.domain.RowReader;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Adapts plain {@link RowReader}s, one per file, to a restartable Spring Batch reader. The position
 * (file index, rows taken from it) is saved at each commit; a restart reopens that file and skips
 * the rows already written.
 */
class RowFilesReader<T> implements ItemStreamReader<Parsed<T>>, StepExecutionListener {

    /** Opens one file as rows; rows dated after the run date are the reader's to refuse. */
    interface Opener<T> {
        RowReader<T> open(Path file, LocalDate runDate) throws IOException;
    }

    private final String name;
    private final java.util.function.Supplier<List<Path>> fileSource;
    private List<Path> files = List.of();
    private final Opener<T> opener;
    private int fileIndex;
    private long rowsTaken;
    private RowReader<T> current;
    private LocalDate runDate;

    RowFilesReader(String name, java.util.function.Supplier<List<Path>> files, Opener<T> opener) {
        this.name = name;
        this.fileSource = files;
        this.opener = opener;
    }

    @Override
    public void beforeStep(StepExecution step) {
        runDate = RunParameters.runDate(step.getJobParameters());
    }

    @Override
    public void open(ExecutionContext ctx) {
        files = fileSource.get();
        fileIndex = ctx.getInt(name + ".file", 0);
        long skip = ctx.getLong(name + ".rows", 0L);
        rowsTaken = 0;
        try {
            if (fileIndex < files.size()) {
                current = opener.open(files.get(fileIndex), runDate);
                while (rowsTaken < skip && current.next() != null) rowsTaken++;
            }
        } catch (IOException e) {
            throw new ItemStreamException("cannot reopen " + files.get(fileIndex) + " at row " + skip, e);
        }
    }

    @Override
    public Parsed<T> read() throws IOException {
        while (fileIndex < files.size()) {
            if (current == null) {
                Path file = files.get(fileIndex);
                try {
                    current = opener.open(file, runDate);
                } catch (IOException | RuntimeException e) {
                    // a file that cannot be read at all is one reject, not the end of the run
                    fileIndex++;
                    rowsTaken = 0;
                    return Parsed.rejected(new Reject(file.getFileName().toString(), 1,
                            "unreadable_file: " + e.getMessage(), ""));
                }
            }
            Parsed<T> row = current.next();
            if (row != null) {
                rowsTaken++;
                return row;
            }
            current.close();
            current = null;
            fileIndex++;
            rowsTaken = 0;
        }
        return null;
    }

    @Override
    public void update(ExecutionContext ctx) {
        ctx.putInt(name + ".file", fileIndex);
        ctx.putLong(name + ".rows", rowsTaken);
    }

    @Override
    public void close() {
        try {
            if (current != null) current.close();
            current = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
