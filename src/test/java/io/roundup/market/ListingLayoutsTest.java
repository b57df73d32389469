package io.roundup.market;

import io.roundup.csv.TextFiles;
import io.roundup.domain.Listing;
import io.roundup.domain.Parsed;
import io.roundup.domain.Reject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Issue 7: the IPOScoop and HKEX excerpt layouts, stock-code forms, currency symbols, duplicates, shapes. */
class ListingLayoutsTest {

    static final Path IPO = Path.of("../shared/data/market/ipo");
    static final Currency HKD = Currency.getInstance("HKD");
    static final Currency USD = Currency.getInstance("USD");

    static ListingCsvReaderTest.Result shared(String relative) throws IOException {
        Path p = IPO.resolve(relative);
        assumeTrue(Files.isReadable(p), "shared file not present: " + p);
        return ListingCsvReaderTest.read(TextFiles.open(p), p.getFileName().toString());
    }

    @Test
    void ipoScoopLayout() throws IOException {
        var r = ListingCsvReaderTest.read("""
                Trade Date,Issuer,Symbol,LeadJointLeadManagers,Offer Price,Opening Price,1st Day Close,1st Day PxChng,Change Opening,Change Close,Star Ratings,Performed
                9-19-14,Alibaba Group Holding  ,BABA,Credit Suisse/ Goldman Sachs,$68.00 ,$92.70 ,$93.89,38.07%,$24.70,$25.89,4,
                12-15-00,Old Co ,OLD,X,$21.00,$21,10,0%,$0,$0,N/C,Missed
                11-13-14,Capnia  ,CAPN/CAPNW,Maxim Group LLC,$6.50 ,$5.80 ,$4.51,-30.62%,-$0.70,-$1.99,1,
                13-1-14,Bad Date ,BAD,X,$1.00,$1,$1,0%,$0,$0,1,
                1-2-14,No Price ,NOP,X,,$1,$1,0%,$0,$0,1,
                """);
        assertThat(r.listings()).containsExactly(
                new Listing("Alibaba Group Holding", "US", "BABA", LocalDate.of(2014, 9, 19), new BigDecimal("68.00"), USD, null, null),
                new Listing("Old Co", "US", "OLD", LocalDate.of(2000, 12, 15), new BigDecimal("21.00"), USD, null, null),
                new Listing("Capnia", "US", "CAPN", LocalDate.of(2014, 11, 13), new BigDecimal("6.50"), USD, null, null));
        assertThat(r.rejects()).extracting(Reject::line, j -> j.reason().split(":")[0])
                .containsExactly(tuple(5L, "bad_date"), tuple(6L, "missing_field"));
        assertThat(r.rejects().get(1).reason()).isEqualTo("missing_field: column Offer Price expected a value, got ''");
    }

    @Test
    void realIpoScoopFile() throws IOException {
        var r = shared("jsagithub__IPOs-Analysis/ipos.csv");
        assertThat(r.listings()).hasSize(3002);
        assertThat(r.listings()).filteredOn(l -> l.ticker().equals("BABA")).singleElement().satisfies(l -> {
            assertThat(l.listingDate()).isEqualTo(LocalDate.of(2014, 9, 19));
            assertThat(l.offerPrice()).isEqualByComparingTo("68");
            assertThat(l.company()).isEqualTo("Alibaba Group Holding");
        });
        assertThat(r.listings()).filteredOn(l -> l.ticker().equals("BIDU")).singleElement()
                .satisfies(l -> assertThat(l.listingDate()).isEqualTo(LocalDate.of(2005, 8, 4))); // IPOScoop's trade date
        // the quoted issuer spanning three physical lines (644-646) loads as one listing
        assertThat(r.listings()).filteredOn(l -> l.ticker().equals("ARES")).singleElement()
                .satisfies(l -> assertThat(l.company()).isEqualTo("Ares Management. L.P."));
        assertThat(r.rejects()).filteredOn(j -> j.reason().startsWith("ticker_reused")).hasSize(58);
        assertThat(r.rejects()).filteredOn(j -> j.reason().startsWith("duplicate_listing")).singleElement()
                .satisfies(j -> assertThat(j.line()).isEqualTo(1671L));
        assertThat(r.rejects()).filteredOn(j -> j.raw().contains("Double Eagle")).singleElement().satisfies(j -> assertThat(j.reason())
                .startsWith("ticker_reused: US EAGLU was used again by 'Platinum Eagle Acquisition' listed 2018-01-12 on line 5"));
        // rows come out in file order
        assertThat(r.rejects()).extracting(Reject::line).isSorted();
    }

    @Test
    void hkexExcerptLayoutRealFile() throws IOException {
        var r = shared("GZ-November__urop-hk-ipo/issuer_facts_excerpt_ai_semis_2026q1.csv");
        assertThat(r.rejects()).isEmpty();
        assertThat(r.listings()).hasSize(9).allSatisfy(l -> {
            assertThat(l.exchange()).isEqualTo("HKEX");
            assertThat(l.currency()).isEqualTo(HKD);
        });
        assertThat(r.listings()).filteredOn(l -> l.ticker().equals("2513")).singleElement().satisfies(l -> {
            assertThat(l.company()).isEqualTo("Knowledge Atlas Technology Joint Stock Company Limited - H shares");
            assertThat(l.listingDate()).isEqualTo(LocalDate.of(2026, 1, 8));
            assertThat(l.offerPrice()).isEqualByComparingTo("116.2");
            assertThat(l.proceeds()).isEqualByComparingTo("4348145900");
            assertThat(l.shares()).isNull();
        });
        assertThat(r.listings()).filteredOn(l -> l.ticker().equals("100")).singleElement()
                .satisfies(l -> assertThat(l.proceeds()).isEqualByComparingTo("4817604000"));
    }

    @Test
    void stockCodeFormsAreOneKeySoTheyCollide() throws IOException {
        var r = ListingCsvReaderTest.read(ListingCsvReaderTest.HEADER + """
                Zhipu AI,HKEX,02513,2026-01-08,116.20,HKD,,
                Zhipu AI,HKEX,2513.HK,2026-01-08,HK$116.20,HK$,,
                Zhipu AI,HKEX,HK.02513,2026-01-08,116.2,hkd,,
                MiniMax,HKEX,0100.HK,2026-01-09,165.00,HKD,,
                MiniMax,HKEX,100,2026-01-09,166.00,HKD,,
                """);
        assertThat(r.listings()).extracting(Listing::ticker).containsExactly("2513");
        assertThat(r.rejects()).extracting(Reject::line, j -> j.reason().split(":")[0]).containsExactly(
                tuple(3L, "duplicate_listing"), tuple(4L, "duplicate_listing"),
                tuple(5L, "conflicting_duplicate"), tuple(6L, "conflicting_duplicate"));
        assertThat(r.rejects().get(2).reason()).isEqualTo("conflicting_duplicate: HKEX 100 2026-01-09 has different records on lines 5, 6"
                + " (offer_price 165.00 vs 166.00 on lines 5 and 6); none kept");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"HK$|HKEX|HKD", "US$|NYSE|USD", "RMB|SSE|CNY", "¥|SZSE|CNY", "¥|TSE|JPY", "人民币|HKEX|CNY",
            "港元|HKEX|HKD", "usd|Nasdaq|USD"})
    void currencyCodesAndSymbols(String cell, String exchange, String code) {
        assertThat(ListingCsvReader.parseCurrency(cell, exchange)).isEqualTo(Currency.getInstance(code));
    }

    @Test
    void semicolonFileWithDecimalCommasThousandsAndSymbols() throws IOException {
        var r = ListingCsvReaderTest.read("\uFEFFcompany;exchange;ticker;listing_date;offer_price;currency;shares;proceeds;\r\n"
                + "Zhipu AI;HKEX;02513.HK;2026-01-08;116,20;HK$;440.228.137;HK$4.348.145.900;\r\n\r\n"
                + "Alibaba;NYSE;BABA;2014-09-19;68,00;US$;;\r\n"
                + "Weird;HKEX;1;2026-01-08;1,0;¥;;\r\n"
                + "Cut;HKEX;2;2026-01");
        assertThat(r.listings()).extracting(Listing::ticker, Listing::offerPrice, Listing::shares, Listing::proceeds).containsExactly(
                tuple("2513", new BigDecimal("116.20"), 440_228_137L, new BigDecimal("4348145900")),
                tuple("BABA", new BigDecimal("68.00"), null, null));
        assertThat(r.rejects()).extracting(Reject::line, j -> j.reason().split(":")[0])
                .containsExactly(tuple(5L, "unknown_currency"), tuple(6L, "truncated"));
    }

    @Test
    void headerAliases() throws IOException {
        var r = ListingCsvReaderTest.read("Name,Exchange,Stock Code,IPO Date,Price,CCY\nMiniMax,HKEX,0100.HK,2026-01-09,165,HKD\n");
        assertThat(r.rejects()).isEmpty();
        assertThat(r.listings()).extracting(Listing::company, Listing::ticker).containsExactly(tuple("MiniMax", "100"));
    }

    @Test
    void futureListingDateAgainstRunDate() throws IOException {
        var rows = new ArrayList<Parsed<Listing>>();
        try (ListingCsvReader r = new ListingCsvReader(new StringReader(ListingCsvReaderTest.HEADER
                + "A,HKEX,1,2026-04-30,1,HKD,,\nB,HKEX,2,2026-05-01,1,HKD,,\n"), "listings.csv", LocalDate.of(2026, 4, 30))) {
            for (Parsed<Listing> p; (p = r.next()) != null; ) rows.add(p);
        }
        assertThat(rows).extracting(Parsed::isOk).containsExactly(true, false);
        assertThat(rows.get(1).reject().reason()).isEqualTo("future_date: listing date 2026-05-01 expected on or before run date 2026-04-30");
        assertThat(rows.get(1).reject().line()).isEqualTo(3);
    }

    @Test
    void currencyFromThePriceSymbolWhenTheColumnIsEmpty() throws IOException {
        var r = ListingCsvReaderTest.read(ListingCsvReaderTest.HEADER + "Zhipu AI,HKEX,02513.HK,2026-01-08,HK$116.20,,,\n"
                + "X,HKEX,1,2026-01-08,116.20,,,\n");
        assertThat(r.listings()).extracting(Listing::currency).containsExactly(HKD);
        assertThat(r.rejects()).extracting(j -> j.reason()).containsExactly("missing_field: column currency expected a value, got ''");
    }

    @Test
    void twoDigitYears() {
        assertThat(ListingCsvReader.parseMdy("1-10-18")).isEqualTo(LocalDate.of(2018, 1, 10));
        assertThat(ListingCsvReader.parseMdy("12-15-99")).isEqualTo(LocalDate.of(1999, 12, 15));
        assertThat(ListingCsvReader.parseMdy("2-30-18")).isNull();
        assertThat(ListingCsvReader.parseMdy("2018-01-10")).isNull();
    }
}
