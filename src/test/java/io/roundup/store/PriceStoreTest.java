package io.roundup.store;

import io.roundup.domain.PriceBar;
import io.roundup.testing.PostgresSchemas;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PriceStore#savePrices}: new bars by the fast path (INSERT on H2, COPY on PostgreSQL),
 * stored ones replaced, and two transactions writing the same ticker and day at once (two files of
 * one ticker loaded in parallel) ending with one row instead of a failed step.
 */
class PriceStoreTest {

    private static PriceBar bar(String ticker, String day, String close, String volume) {
        BigDecimal c = new BigDecimal(close);
        return new PriceBar(ticker, LocalDate.parse(day), c, c, c, c, null, volume == null ? null : new BigDecimal(volume));
    }

    static void exercise(DataSource ds) throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        PriceStore store = new PriceStore(jdbc);
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));

        tx.executeWithoutResult(s -> store.savePrices(List.of(bar("NVDA", "2025-01-02", "10.5", "100"),
                bar("NVDA", "2025-01-03", "11.123456789", null)), "prices/NVDA.csv"));
        assertThat(store.priceOn("NVDA", LocalDate.parse("2025-01-02")).orElseThrow().volume()).isEqualByComparingTo("100");
        assertThat(store.priceOn("NVDA", LocalDate.parse("2025-01-03")).orElseThrow().close()).isEqualByComparingTo("11.12345679");
        assertThat(store.priceOn("NVDA", LocalDate.parse("2025-01-03")).orElseThrow().volume()).isNull();

        // a re-run with a corrected bar and a new one: replaced, added, nothing doubled
        tx.executeWithoutResult(s -> store.savePrices(List.of(bar("NVDA", "2025-01-03", "12", "5"),
                bar("NVDA", "2025-01-06", "13", "6")), "prices/NVDA.csv"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM prices", Integer.class)).isEqualTo(3);
        assertThat(store.priceOn("NVDA", LocalDate.parse("2025-01-03")).orElseThrow().close()).isEqualByComparingTo("12");

        // a re-run chunk holding one day twice (two files of one ticker): the later bar wins, as in a batch of upserts
        tx.executeWithoutResult(s -> store.savePrices(List.of(bar("NVDA", "2025-01-06", "14", "7"),
                bar("NVDA", "2025-01-06", "15", "8"), bar("NVDA", "2025-01-07", "16", "9")), "prices/NVDA.csv"));
        assertThat(store.priceOn("NVDA", LocalDate.parse("2025-01-06")).orElseThrow().close()).isEqualByComparingTo("15");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM prices", Integer.class)).isEqualTo(4);

        // and outside any transaction (each statement its own): still replaced, and nothing left over for the next chunk
        store.savePrices(List.of(bar("NVDA", "2025-01-07", "17", "10")), "prices/NVDA.csv");
        store.savePrices(List.of(bar("NVDA", "2025-01-02", "18", "11")), "prices/NVDA.csv");
        assertThat(store.priceOn("NVDA", LocalDate.parse("2025-01-07")).orElseThrow().close()).isEqualByComparingTo("17");
        assertThat(store.priceOn("NVDA", LocalDate.parse("2025-01-02")).orElseThrow().close()).isEqualByComparingTo("18");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM prices", Integer.class)).isEqualTo(4);

        if (Upsert.product(jdbc).contains("postgres")) {
            // a re-run of an unchanged bar writes no new row version: the row keeps the transaction id that wrote it
            String writer = "SELECT xmin::text FROM prices WHERE ticker = 'NVDA' AND trade_date = DATE '2025-01-07'";
            String before = jdbc.queryForObject(writer, String.class);
            tx.executeWithoutResult(s -> store.savePrices(List.of(bar("NVDA", "2025-01-07", "17", "10")), "prices/NVDA.csv"));
            assertThat(jdbc.queryForObject(writer, String.class)).isEqualTo(before);
            tx.executeWithoutResult(s -> store.savePrices(List.of(bar("NVDA", "2025-01-07", "17.5", "10")), "prices/NVDA.csv"));
            assertThat(jdbc.queryForObject(writer, String.class)).isNotEqualTo(before);
            tx.executeWithoutResult(s -> store.savePrices(List.of(bar("NVDA", "2025-01-07", "17", "10")), "prices/NVDA.csv"));
        }

        // the first transaction holds an uncommitted bar when the second, not seeing it, writes the same day
        CountDownLatch firstWrote = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> tx.executeWithoutResult(s -> {
            store.savePrices(List.of(bar("AAPL", "2025-02-03", "200", "1")), "prices/AAPL.csv");
            firstWrote.countDown();
            await(secondStarted);
            sleep(300); // let the second block on the row
        }));
        assertThat(firstWrote.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> tx.executeWithoutResult(s -> {
            secondStarted.countDown();
            store.savePrices(List.of(bar("AAPL", "2025-02-03", "201", "2"), bar("AAPL", "2025-02-04", "202", "3")),
                    "prices/AAPL.stooq.csv");
        }));
        first.get(20, TimeUnit.SECONDS);
        second.get(20, TimeUnit.SECONDS);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM prices WHERE ticker = 'AAPL'", Integer.class)).isEqualTo(2);
        assertThat(store.priceOn("AAPL", LocalDate.parse("2025-02-03")).orElseThrow().close()).isEqualByComparingTo("201");
        assertThat(jdbc.queryForObject("SELECT source FROM prices WHERE ticker = 'AAPL' AND trade_date = DATE '2025-02-03'",
                String.class)).isEqualTo("prices/AAPL.stooq.csv");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void savesReplacesAndSurvivesARaceOnH2() throws Exception {
        DriverManagerDataSource ds = new DriverManagerDataSource(
                "jdbc:h2:mem:prices-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa", "");
        Flyway.configure().dataSource(ds).load().migrate();
        exercise(ds);
    }

    @Test
    void savesReplacesAndSurvivesARaceOnPostgres() throws Exception {
        PostgresSchemas.withMigratedSchema("roundup_prices", PriceStoreTest::exercise);
    }
}
