package io.roundup.ledger;

import io.roundup.domain.Parsed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CorrectionCsvTest {

    @Test
    void rowsBecomeCorrectionsOrRejectsNamingLineAndExpectation() throws Exception {
        List<Parsed<Correction>> rows = CorrectionCsv.read(new StringReader("""
                event_id,document,company,action,field,value,who,why
                ev-1,,,set,amount,USD 1500000000,ana,"press release, 2 Sep"
                ,news/a.html,Cohere,not_event,,,bo,a profile piece
                ev-1,,,set,amount,lots,ana,typo
                ev-1,,,approve,,,,no name
                ev-1,news/a.html,Cohere,approve,,,ana,both targets
                ev-2,,,rename,,,ana,unknown action
                ev-2,,,set,colour,red,ana,unknown field
                ev-2,,,merge,,,ana,merge without the other
                """), "corrections.csv");
        assertThat(rows).hasSize(8);
        assertThat(rows.get(0).value()).satisfies(c -> {
            assertThat(c.line()).isEqualTo(2);
            assertThat(c.field()).isEqualTo(CorrectionField.AMOUNT);
            assertThat(c.why()).isEqualTo("press release, 2 Sep");
            assertThat(c.target()).isEqualTo("ev-1");
        });
        assertThat(rows.get(1).value().target()).isEqualTo("news/a.html#Cohere");
        assertThat(rows.subList(2, 8)).allSatisfy(p -> assertThat(p.isOk()).isFalse());
        assertThat(rows.subList(2, 8)).extracting(p -> p.reject().line() + " " + p.reject().reason()).containsExactly(
                "4 bad_correction: expected a plain number, optionally with an ISO currency (USD 1500000000), got 'lots'",
                "5 bad_correction: a correction says who made it and why",
                "6 bad_correction: a correction names its event by event_id, or by document and company (not both)",
                "7 bad_correction: unknown action 'rename', expected set, not_event, merge or approve",
                "8 bad_correction: unknown field 'colour', expected one of [amount, currency, status, date, round, valuation, leads]",
                "9 bad_correction: a merge names the other event in value (an event id or document#company)");
    }

    @Test
    void aFileWithoutTheColumnsIsOneReject() throws Exception {
        List<Parsed<Correction>> rows = CorrectionCsv.read(new StringReader("id,what\nev-1,approve\n"), "corrections.csv");
        assertThat(rows).singleElement().satisfies(p -> assertThat(p.reject().reason()).startsWith("bad_header: missing [event_id"));
    }

    @Test
    void appendCreatesTheFileWithItsHeaderAndAddsRowsThatReadBack(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("input/corrections.csv");
        Correction a = new Correction(0, "ev-1", null, null, Correction.Action.SET, CorrectionField.LEADS, "IVP; NEA", "ana", "deck, p. 3");
        assertThat(CorrectionCsv.append(file, a)).isEqualTo(2);
        Files.writeString(file, Files.readString(file).stripTrailing(), StandardOpenOption.TRUNCATE_EXISTING);
        Correction b = new Correction(0, null, "news/a.html", "Cohere", Correction.Action.APPROVE, null, null, "bo", "checked");
        assertThat(CorrectionCsv.append(file, b)).isEqualTo(3);
        try (Reader r = Files.newBufferedReader(file)) {
            List<Parsed<Correction>> rows = CorrectionCsv.read(r, "corrections.csv");
            assertThat(rows).allSatisfy(p -> assertThat(p.isOk()).isTrue());
            assertThat(rows.get(0).value().value()).isEqualTo("IVP; NEA");
            assertThat(rows.get(0).value().why()).isEqualTo("deck, p. 3");
            assertThat(rows.get(1).value().document()).isEqualTo("news/a.html");
        }
        assertThat(Files.readAllLines(file).get(0)).isEqualTo(String.join(",", CorrectionCsv.HEADER));
    }

    @Test
    void eachFieldChecksItsValue() {
        assertThatThrownBy(() -> CorrectionField.DATE.check("18/07/2025")).hasMessageContaining("yyyy-mm-dd");
        assertThatThrownBy(() -> CorrectionField.STATUS.check("done")).hasMessageContaining("expected one of completed");
        assertThatThrownBy(() -> CorrectionField.CURRENCY.check("dollars")).hasMessageContaining("ISO 4217");
        assertThatThrownBy(() -> CorrectionField.AMOUNT.check("-5")).hasMessageContaining("positive");
        CorrectionField.ROUND.check("");
        CorrectionField.VALUATION.check("12000000000 EUR");
    }
}
