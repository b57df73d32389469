package io.roundup.job;

import io.roundup.domain.Parsed;
import io.roundup.domain.RowReader;
import io.roundup.progress.FileTotals;
import io.roundup.progress.Total;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RowFilesReaderTest {

    @TempDir
    Path dir;

    /** Three files of 700, 0 and 1,300 rows: more than one block of the read-ahead each. */
    private List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        int[] sizes = {700, 0, 1300};
        for (int f = 0; f < sizes.length; f++) {
            StringBuilder b = new StringBuilder();
            for (int i = 1; i <= sizes[f]; i++) b.append(f).append(':').append(i).append('\n');
            files.add(Files.writeString(dir.resolve("f" + f + ".txt"), b));
        }
        return files;
    }

    /** Lines as rows; throws once at the given row of f2.txt when {@code failures} is above zero. */
    private static RowFilesReader.Opener<String> lines(AtomicInteger failures, int failAt) {
        return (file, runDate) -> {
            BufferedReader in = Files.newBufferedReader(file);
            return new RowReader<>() {
                int row;

                @Override
                public Parsed<String> next() throws IOException {
                    String line = in.readLine();
                    if (line == null) return null;
                    row++;
                    if (file.endsWith("f2.txt") && row == failAt && failures.getAndDecrement() > 0) {
                        throw new IOException("disk hiccup at row " + row);
                    }
                    return Parsed.ok(line);
                }

                @Override
                public void close() throws IOException {
                    in.close();
                }
            };
        };
    }

    private static List<String> drain(RowFilesReader<String> reader, int max) throws IOException {
        List<String> out = new ArrayList<>();
        for (Parsed<String> p; out.size() < max && (p = reader.read()) != null; ) out.add(p.value());
        return out;
    }

    @Test
    void readingAheadGivesTheRowsInFileOrder() throws Exception {
        List<Path> files = files();
        for (RowFilesReader<String> reader : List.of(new RowFilesReader<>("t", () -> files, lines(new AtomicInteger(), 0)),
                RowFilesReader.readingAhead("t", () -> files, lines(new AtomicInteger(), 0)))) {
            reader.open(new ExecutionContext());
            List<String> rows = drain(reader, Integer.MAX_VALUE);
            reader.close();
            assertThat(rows).hasSize(2000);
            assertThat(rows.get(0)).isEqualTo("0:1");
            assertThat(rows.get(699)).isEqualTo("0:700");
            assertThat(rows.get(700)).isEqualTo("2:1");
            assertThat(rows.get(1999)).isEqualTo("2:1300");
            assertThat(reader.read()).isNull();
        }
    }

    @Test
    void savedPositionIsTheLastRowTakenNotTheLastRowParsed() throws Exception {
        List<Path> files = files();
        RowFilesReader<String> first = RowFilesReader.readingAhead("t", () -> files, lines(new AtomicInteger(), 0));
        first.open(new ExecutionContext());
        assertThat(drain(first, 900)).endsWith("2:200");
        ExecutionContext saved = new ExecutionContext();
        first.update(saved);
        first.close(); // the thread had parsed further: those rows are read again
        assertThat(saved.getInt("t.file")).isEqualTo(2);
        assertThat(saved.getLong("t.rows")).isEqualTo(200);

        RowFilesReader<String> restarted = RowFilesReader.readingAhead("t", () -> files, lines(new AtomicInteger(), 0));
        restarted.open(saved);
        List<String> rest = drain(restarted, Integer.MAX_VALUE);
        restarted.close();
        assertThat(rest).hasSize(1100);
        assertThat(rest.get(0)).isEqualTo("2:201");
    }

    @Test
    void aFailedReadIsRetriedFromTheLastRowTaken() throws Exception {
        List<Path> files = files();
        RowFilesReader<String> reader = RowFilesReader.readingAhead("t", () -> files, lines(new AtomicInteger(1), 600));
        reader.open(new ExecutionContext());
        List<String> rows = new ArrayList<>(drain(reader, 1299));
        assertThat(rows).endsWith("2:599");
        assertThatThrownBy(reader::read).isInstanceOf(IOException.class).hasMessageContaining("row 600");
        rows.addAll(drain(reader, Integer.MAX_VALUE)); // what a retry does: read again
        reader.close();
        assertThat(rows).hasSize(2000).doesNotHaveDuplicates();
        assertThat(rows.get(1299)).isEqualTo("2:600");
    }

    @Test
    void eachFileReadToItsEndIsToldWithItsRowsSoTheRestCanBeGuessed() throws Exception {
        List<Path> files = files(); // 4,092, 0 and 7,993 bytes
        for (boolean ahead : new boolean[]{false, true}) {
            FileTotals totals = FileTotals.fromBytes();
            RowFilesReader<String> reader = ahead
                    ? RowFilesReader.readingAhead("t", totals.listing(() -> files), lines(new AtomicInteger(), 0), totals)
                    : new RowFilesReader<>("t", totals.listing(() -> files), lines(new AtomicInteger(), 0), totals);
            reader.open(new ExecutionContext());
            drain(reader, 700);
            assertThat(totals.total()).as("f0 not known to be at its end yet").isEqualTo(Total.UNKNOWN);
            drain(reader, 1);
            assertThat(totals.total()).as("700 rows in 4,092 bytes: 12,085 bytes hold about 2,067").isEqualTo(Total.about(2067));
            drain(reader, Integer.MAX_VALUE);
            reader.close();
            assertThat(totals.total()).isEqualTo(Total.about(2000));
        }
    }

    @Test
    void aRestartedReaderGuessesOnlyTheRowsLeft() throws Exception {
        List<Path> files = files();
        ExecutionContext saved = new ExecutionContext();
        saved.putInt("t.file", 2);
        saved.putLong("t.rows", 200);
        FileTotals totals = FileTotals.fromBytes();
        RowFilesReader<String> restarted = new RowFilesReader<>("t", totals.listing(() -> files), lines(new AtomicInteger(), 0), totals);
        restarted.open(saved);
        assertThat(drain(restarted, Integer.MAX_VALUE)).hasSize(1100);
        restarted.close();
        assertThat(totals.total()).isEqualTo(Total.about(1100));
    }

    @Test
    void closingMidwayStopsTheReadAheadThread() throws Exception {
        List<Path> files = files();
        RowFilesReader<String> reader = RowFilesReader.readingAhead("stopme", () -> files, lines(new AtomicInteger(), 0));
        reader.open(new ExecutionContext());
        drain(reader, 10);
        reader.close();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("stopme-read-ahead"));
    }
}
