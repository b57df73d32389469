package io.roundup.market;

import io.roundup.domain.Listing;
import io.roundup.domain.Parsed;
import io.roundup.domain.Reject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ListingCsvReaderTest {

    static final String HEADER = "company,exchange,ticker,listing_date,offer_price,currency,shares,proceeds\n";

    record Result(List<Listing> listings, List<Reject> rejects) {
    }

    static Result read(Reader in, String name) throws IOException {
        List<Listing> ok = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        try (ListingCsvReader r = new ListingCsvReader(in, name)) {
            for (Parsed<Listing> p; (p = r.next()) != null; ) {
                if (p.isOk()) ok.add(p.value());
                else rejects.add(p.reject());
            }
        }
        return new Result(ok, rejects);
    }

    static Result read(String text) throws IOException {
        return read(new StringReader(text), "listings.csv");
    }

    @Test
    void fullRow() throws IOException {
        Result r = read(HEADER + "Zhipu AI,HKEX,02513.HK,2026-01-08,116.20,HKD,\"440,228,137\",4348000000\n");
        assertThat(r.rejects()).isEmpty();
        assertThat(r.listings()).containsExactly(new Listing("Zhipu AI", "HKEX", "2513", LocalDate.of(2026, 1, 8),
                new BigDecimal("116.20"), Currency.getInstance("HKD"), 440_228_137L, new BigDecimal("4348000000")));
    }

    @Test
    void columnsInAnyOrderOptionalColumnsAbsentEmptyCellsNull() throws IOException {
        Result r = read("""
                Ticker,Currency,Company,Listing_Date,Exchange,Offer_Price
                BABA,US$,"Alibaba Group Holding, Ltd.",2014-09-19,New York Stock Exchange,68.00
                """);
        assertThat(r.rejects()).isEmpty();
        assertThat(r.listings()).singleElement().satisfies(l -> {
            assertThat(l.company()).isEqualTo("Alibaba Group Holding, Ltd.");
            assertThat(l.exchange()).isEqualTo("NYSE");
            assertThat(l.currency()).isEqualTo(Currency.getInstance("USD"));
            assertThat(l.shares()).isNull();
            assertThat(l.proceeds()).isNull();
        });
        Result e = read(HEADER + "MiniMax,HKEX,0100.HK,2026-01-09,165.00,HKD,,\n");
        assertThat(e.listings()).singleElement().satisfies(l -> {
            assertThat(l.ticker()).isEqualTo("100");
            assertThat(l.shares()).isNull();
            assertThat(l.proceeds()).isNull();
        });
    }

    @ParameterizedTest
    @CsvSource({"02513,2513", "2513.HK,2513", "HK.02513,2513", "02513.HK,2513", "HKEX:02513,2513", "0100.HK,100",
            "NVDA,NVDA", "nvda,NVDA", "BABA.N,BABA", "600519.SS,600519", "000001.SZ,1", "BRK.B,BRK.B", "0,0"})
    void tickers(String in, String out) {
        assertThat(Exchanges.bareTicker(in)).isEqualTo(out);
    }

    @ParameterizedTest
    @CsvSource({"HKEX,HKEX", "hkse,HKEX", "Hong Kong Stock Exchange,HKEX", "NASDAQ,Nasdaq", "Nasdaq Global Select,Nasdaq",
            "nyse,NYSE", "SSE,SSE", "STAR Market,SSE", "Shenzhen,SZSE", "ChiNext,SZSE"})
    void exchanges(String in, String out) {
        assertThat(Exchanges.canonical(in)).isEqualTo(out);
    }

    @ParameterizedTest
    @CsvSource({"HKD,HKD", "hkd,HKD", "HK$,HKD", "US$,USD", "$,USD", "RMB,CNY", "€,EUR", "CNY,CNY", "£,GBP"})
    void currencies(String in, String out) {
        assertThat(ListingCsvReader.parseCurrency(in, "HKEX")).isEqualTo(Currency.getInstance(out));
    }

    @Test
    void yenSignDependsOnExchange() {
        assertThat(ListingCsvReader.parseCurrency("¥", "SSE")).isEqualTo(Currency.getInstance("CNY"));
        assertThat(ListingCsvReader.parseCurrency("¥", "TSE")).isEqualTo(Currency.getInstance("JPY"));
        assertThat(ListingCsvReader.parseCurrency("¥", "Nasdaq")).isNull();
    }

    @Test
    void rejects() throws IOException {
        Result r = read(HEADER + """
                A,HKEX,1.HK,2026-01-08,1,XYZ,,
                B,HKEX,2.HK,2026-01-08,1,HKD
                C,Moon Exchange,3,2026-01-08,1,HKD,,
                D,HKEX,3,08/01/2026,1,HKD,,
                E,HKEX,3,2026-01-08,abc,HKD,,
                F,HKEX,3,2026-01-08,1,HKD,12.5,
                G,HKEX,3,2026-01-08,1,HKD,,-5
                ,HKEX,3,2026-01-08,1,HKD,,
                H,HKEX,3,2026-01-08,1,HKD,,,extra
                "I,HKEX,3,2026-01-08,1,HKD,,
                J,HKEX,$$$,2026-01-08,1,HKD,,
                K,HKEX,3,2026-01-08,0,HKD,,
                """);
        assertThat(r.listings()).isEmpty();
        assertThat(r.rejects()).extracting(Reject::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L);
        assertThat(r.rejects()).extracting(j -> j.reason().split(":")[0]).containsExactly(
                "unknown_currency", "truncated", "unknown_exchange", "bad_date", "bad_number", "bad_number", "bad_number",
                "missing_field", "bad_field_count", "malformed_csv", "bad_ticker", "bad_number");
        assertThat(r.rejects().get(0).reason()).contains("column currency").contains("'XYZ'");
        assertThat(r.rejects().get(5).reason()).isEqualTo("bad_number: column shares expected a positive whole number, got '12.5'");
        assertThat(r.rejects().get(0).raw()).isEqualTo("A,HKEX,1.HK,2026-01-08,1,XYZ,,");
    }

    @Test
    void priceWithMatchingSymbolDuplicateListingAndContradictingSymbol() throws IOException {
        Result r = read(HEADER + """
                Zhipu AI,HKEX,02513.HK,2026-01-08,HK$116.20,HKD,,
                Zhipu AI,Hong Kong,2513,2026-01-08,116.20,HKD,,
                Alibaba,NYSE,BABA,2014-09-19,$68.00 ,HKD,,
                """);
        assertThat(r.listings()).singleElement().satisfies(l -> assertThat(l.offerPrice()).isEqualByComparingTo("116.20"));
        assertThat(r.rejects()).extracting(Reject::line).containsExactly(3L, 4L);
        assertThat(r.rejects().get(0).reason()).isEqualTo("duplicate_listing: HKEX 2513 already listed on line 2 (first kept)");
        assertThat(r.rejects().get(1).reason()).startsWith("bad_number: column offer_price has currency prefix '$' but column currency says HKD");
    }

    @Test
    void headerWithoutRequiredColumn() throws IOException {
        Result r = read("company,ticker\nA,1\n");
        assertThat(r.listings()).isEmpty();
        assertThat(r.rejects()).singleElement().satisfies(j -> {
            assertThat(j.line()).isEqualTo(1);
            assertThat(j.reason()).startsWith("bad_header").contains("'exchange'");
        });
    }
}
