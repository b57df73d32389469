package io.roundup.rounds;

import io.roundup.domain.EventStatus;
import io.roundup.domain.EventType;
import io.roundup.domain.Mention;
import io.roundup.domain.Money;
import io.roundup.domain.Parsed;
import io.roundup.domain.Reject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class RoundCsvReaderTest {

    static final LocalDate RUN = LocalDate.of(2026, 4, 30);

    record Result(List<Mention> mentions, List<Reject> rejects) {
        List<String> codes() {
            return rejects.stream().map(r -> r.reason().split(":")[0]).toList();
        }
    }

    static Result read(Reader in, String name) throws IOException {
        List<Mention> ok = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        try (RoundCsvReader r = new RoundCsvReader(in, name, RUN)) {
            for (Parsed<Mention> p; (p = r.next()) != null; ) {
                if (p.isOk()) ok.add(p.value());
                else rejects.add(p.reject());
            }
        }
        return new Result(ok, rejects);
    }

    static Result resource(String name) throws IOException {
        try (Reader in = new InputStreamReader(RoundCsvReaderTest.class.getResourceAsStream("/rounds/" + name), StandardCharsets.UTF_8)) {
            return read(in, name);
        }
    }

    static Result read(String text) throws IOException {
        return read(new StringReader(text), "rounds.csv");
    }

    @Test
    void analystFileCrlfWithEveryAmountForm() throws IOException {
        Result r = resource("rounds.csv");
        assertThat(r.mentions()).extracting(Mention::file, Mention::company, m -> m.amount().toString(), Mention::date).containsExactly(
                tuple("rounds.csv:2", "Zhipu AI", "CNY 1000000000", LocalDate.of(2025, 3, 3)),
                tuple("rounds.csv:3", "Mistral AI", "EUR 1700000000", LocalDate.of(2025, 9, 9)),
                tuple("rounds.csv:4", "OpenAI", "USD 40000000000", LocalDate.of(2025, 3, 31)),
                tuple("rounds.csv:5", "Moonshot AI", "USD 1000000000", LocalDate.of(2024, 2, 19)),
                tuple("rounds.csv:6", "Baichuan", "CNY 5000000000", LocalDate.of(2024, 7, 25)),
                tuple("rounds.csv:7", "Anthropic", "USD 3500000000", LocalDate.of(2025, 3, 2)),
                tuple("rounds.csv:8", "Helsing", "EUR 600000000", LocalDate.of(2025, 7, 11)),
                tuple("rounds.csv:9", "Cohere", "USD 500000000", LocalDate.of(2025, 8, 14)),
                tuple("rounds.csv:12", "Safe Superintelligence", "USD 1000000000", LocalDate.of(2024, 9, 4)));
        Mention mistral = r.mentions().get(1);
        assertThat(mistral.type()).isEqualTo(EventType.FUNDING_ROUND);
        assertThat(mistral.status()).isEqualTo(EventStatus.COMPLETED);
        assertThat(mistral.roundLabel()).isEqualTo("Series C");
        assertThat(mistral.evidence()).isEqualTo("Mistral AI,2025-09-09,Series C,€1.7 billion,,ASML led");
        assertThat(r.mentions().get(2).roundLabel()).isNull();
        assertThat(r.rejects()).singleElement().satisfies(j -> {
            assertThat(j.source()).isEqualTo("rounds.csv");
            assertThat(j.line()).isEqualTo(10);
            assertThat(j.reason()).isEqualTo("unknown_currency: no currency in column Currency nor in the amount, got '2bn'");
            assertThat(j.raw()).isEqualTo("Thinking Machines,2025-07-15,Seed,2bn,,");
        });
    }

    @Test
    void semicolonFileEveryDefectOnItsOwnLine() throws IOException {
        Result r = resource("defects.csv");
        assertThat(r.mentions()).extracting(Mention::file, Mention::company, m -> m.amount() == null ? null : m.amount().toString())
                .containsExactly(tuple("defects.csv:2", "DeepL", "USD 300000000"), tuple("defects.csv:3", "Aleph Alpha", "EUR 1700000000"),
                        tuple("defects.csv:16", "Q", null));
        assertThat(r.mentions().get(1).date()).isEqualTo(LocalDate.of(2023, 11, 6));
        assertThat(r.rejects()).extracting(Reject::line, j -> j.reason().split(":")[0]).containsExactly(
                tuple(4L, "missing_company"), tuple(5L, "bad_date"), tuple(6L, "bad_date"), tuple(7L, "bad_amount"),
                tuple(8L, "unknown_currency"), tuple(9L, "unknown_currency"), tuple(10L, "currency_mismatch"),
                tuple(11L, "future_date"), tuple(12L, "duplicate_row"), tuple(13L, "conflicting_duplicate"),
                tuple(14L, "conflicting_duplicate"), tuple(15L, "bad_date"), tuple(17L, "bad_amount"), tuple(18L, "truncated"));
        assertThat(r.rejects().get(2).reason()).isEqualTo("bad_date: column date is ambiguous (day/month or month/day); expected yyyy-MM-dd, got '03/04/2024'");
        assertThat(r.rejects().get(5).reason()).startsWith("unknown_currency: column raised uses '¥', which is yuan or yen");
        assertThat(r.rejects().get(6).reason()).isEqualTo("currency_mismatch: column raised is in USD but column ccy says EUR, got '$5m'");
        assertThat(r.rejects().get(8).reason()).isEqualTo("duplicate_row: identical to line 2 (first kept)");
        assertThat(r.rejects().get(9).reason()).isEqualTo("conflicting_duplicate: S 2024-01-02 A has different figures on lines 13, 14"
                + " (amount USD 5000000 vs USD 6000000 on lines 13 and 14); none kept");
        assertThat(r.rejects().get(11).reason()).isEqualTo("bad_date: column date gives no day; expected a full date such as 2026-01-08, got '2024-03'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1.7bn|1700000000|", "600,000,000|600000000|", "5亿|500000000|", "$6.6B|6600000000|USD", "€1.7 billion|1700000000|EUR",
            "US$600m|600000000|USD", "USD 1.5 billion|1500000000|USD", "5亿元|500000000|CNY", "10亿美元|1000000000|USD",
            "3千万|30000000|", "1千亿|100000000000|", "HK$4.348 billion|4348000000|HKD", "RMB 5亿|500000000|CNY", "250k|250000|",
            "2 million euros|2000000|EUR", "£50mn|50000000|GBP", "JPY 10bn|10000000000|JPY", "1.2 trillion|1200000000000|",
            "600 000 000|600000000|"})
    void amounts(String cell, String value, String currency) {
        RoundAmounts.Amount a = RoundAmounts.parse(cell, false);
        assertThat(a.error()).isNull();
        assertThat(a.value()).isEqualByComparingTo(value);
        assertThat(a.currency() == null ? null : a.currency().getCurrencyCode()).isEqualTo(currency);
    }

    @Test
    void decimalCommaAmountsAndBadOnes() {
        assertThat(RoundAmounts.parse("1,7 Mrd. €", true).value()).isEqualByComparingTo("1700000000");
        assertThat(RoundAmounts.parse("1,7 Mrd. €", true).currency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(RoundAmounts.parse("300 Mio.", true).value()).isEqualByComparingTo("300000000");
        assertThat(RoundAmounts.parse("lots", false).error()).isEqualTo("no number");
        assertThat(RoundAmounts.parse("5 potatoes", false).error()).startsWith("unreadable text after the number");
        assertThat(RoundAmounts.parse("ZZZ 5", false).error()).startsWith("unknown currency");
        assertThat(RoundAmounts.parse("$5 EUR", false).error()).startsWith("two currencies");
        assertThat(RoundAmounts.parse("¥5亿", false).yenSign()).isTrue();
        assertThat(RoundAmounts.isEmpty("undisclosed")).isTrue();
        assertThat(RoundAmounts.isEmpty(" - ")).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2025-03-03|2025-03-03", "2025/3/3|2025-03-03", "2025.03.03|2025-03-03",
            "2025年3月3日|2025-03-03", "03.03.2025|2025-03-03", "3 March 2025|2025-03-03", "March 3, 2025|2025-03-03",
            "Mar 3, 2025|2025-03-03", "3-Mar-2025|2025-03-03", "13/03/2025|2025-03-13", "03/13/2025|2025-03-13",
            "2025-03-03T10:00:00Z|2025-03-03", "2025-03-03 10:00|2025-03-03"})
    void dates(String cell, String iso) {
        assertThat(RoundCsvReader.parseDate(cell)).isEqualTo(LocalDate.parse(iso));
    }

    @Test
    void badDates() {
        assertThatThrownBy(() -> RoundCsvReader.parseDate("2025-02-30")).hasMessageStartingWith("is not a calendar day");
        assertThatThrownBy(() -> RoundCsvReader.parseDate("Q1 2025")).hasMessageStartingWith("gives no day");
        assertThatThrownBy(() -> RoundCsvReader.parseDate("soon")).hasMessageStartingWith("expected a date");
    }

    @Test
    void headerNamesAreTolerantAndOptionalColumnsWork() throws IOException {
        Result r = read("\uFEFFName,announced_date,round_label,Raised,CCY,Source,Lead Investors,Post-Money Valuation\n"
                + "Anthropic,2025-03-03,Series E,3.5bn,USD,press release,Lightspeed; Fidelity,61.5bn\n");
        assertThat(r.rejects()).isEmpty();
        assertThat(r.mentions()).singleElement().satisfies(m -> {
            assertThat(m.leadInvestors()).containsExactly("Lightspeed", "Fidelity");
            assertThat(m.postMoney()).isEqualTo(new Money(new BigDecimal("61500000000"), m.amount().currency()));
        });
        Result bad = read("firm,when,how much\nA,2025-01-01,1\n");
        assertThat(bad.rejects()).singleElement().satisfies(j -> {
            assertThat(j.line()).isEqualTo(1);
            assertThat(j.reason()).startsWith("bad_header");
        });
        assertThat(read("").mentions()).isEmpty();
    }

    @Test
    void yenSignWithCurrencyColumnAndMultiLineNote() throws IOException {
        Result r = read("company,date,round,amount,currency,note\nSakana AI,2024-09-04,Series A,¥30bn,JPY,\"first line\nsecond line\"\n"
                + "B,2024-09-05,A,1m,USD,x\n");
        assertThat(r.rejects()).isEmpty();
        assertThat(r.mentions()).extracting(Mention::file, m -> m.amount().toString())
                .containsExactly(tuple("rounds.csv:2", "JPY 30000000000"), tuple("rounds.csv:4", "USD 1000000"));
    }
}
