package io.roundup.progress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FileTotalsTest {

    private static Path file(Path dir, String name, int bytes) throws Exception {
        return Files.write(dir.resolve(name), new byte[bytes]);
    }

    @Test
    void rowsAreGuessedFromTheBytesOnceAFileIsRead(@TempDir Path dir) throws Exception {
        Path a = file(dir, "a.csv", 1000), b = file(dir, "b.csv", 3000);
        FileTotals totals = FileTotals.fromBytes();
        assertThat(totals.listing(() -> List.of(a, b)).get()).containsExactly(a, b);
        assertThat(totals.total()).as("nothing read yet").isEqualTo(Total.UNKNOWN);
        totals.read(a, 20); // 50 bytes a row: 4,000 bytes hold about 80
        assertThat(totals.total()).isEqualTo(Total.about(80));
    }

    @Test
    void filesReadByAnEarlierExecutionLeaveTheGuess(@TempDir Path dir) throws Exception {
        Path a = file(dir, "a.csv", 1000), b = file(dir, "b.csv", 1000), c = file(dir, "c.csv", 2000);
        FileTotals totals = FileTotals.fromBytes();
        totals.listed(List.of(a, b, c));
        totals.alreadyRead(List.of(a), 4); // and 4 rows of b
        totals.read(b, 10);
        assertThat(totals.total()).as("30 rows in b and c, less the 4 of b taken before").isEqualTo(Total.about(26));
    }

    @Test
    void aNewListingStartsAfresh(@TempDir Path dir) throws Exception {
        Path a = file(dir, "a.csv", 1000);
        FileTotals totals = FileTotals.fromBytes();
        totals.listed(List.of(a));
        totals.read(a, 10);
        totals.listed(List.of(a));
        assertThat(totals.total()).isEqualTo(Total.UNKNOWN);
    }

    @Test
    void onePerFileIsExactFromTheStart(@TempDir Path dir) throws Exception {
        FileTotals totals = FileTotals.onePerFile();
        totals.listed(List.of(file(dir, "a.html", 10), file(dir, "b.html", 10), file(dir, "c.html", 10)));
        assertThat(totals.total()).isEqualTo(Total.exactly(3));
        totals.alreadyRead(List.of(dir.resolve("a.html")), 0);
        assertThat(totals.total()).isEqualTo(Total.exactly(2));
    }
}
