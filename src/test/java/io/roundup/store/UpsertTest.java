package io.roundup.store;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UpsertTest {

    private final Upsert prices = Upsert.into("prices", List.of("ticker", "trade_date"),
            List.of("ticker VARCHAR", "trade_date DATE", "close_price DECIMAL(38,10)"));

    @Test
    void eachDatabaseGetsItsOwnForm() {
        assertThat(prices.h2()).isEqualTo("MERGE INTO prices (ticker, trade_date, close_price) KEY (ticker, trade_date) VALUES (?, ?, ?)");
        assertThat(prices.postgres()).isEqualTo("INSERT INTO prices (ticker, trade_date, close_price) VALUES (CAST(? AS VARCHAR), "
                + "CAST(? AS DATE), CAST(? AS DECIMAL(38,10))) ON CONFLICT (ticker, trade_date) DO UPDATE SET close_price = EXCLUDED.close_price");
        assertThat(prices.standard()).startsWith("MERGE INTO prices t USING (VALUES (CAST(? AS VARCHAR), ")
                .contains("ON t.ticker = s.ticker AND t.trade_date = s.trade_date")
                .endsWith("WHEN NOT MATCHED THEN INSERT (ticker, trade_date, close_price) VALUES (s.ticker, s.trade_date, s.close_price)");
        assertThat(Upsert.into("event_sources", List.of("a", "b"), List.of("a INT", "b INT")).postgres()).endsWith("DO NOTHING");
    }

    @Test
    void writingTheSameRowTwiceLeavesOneRowWithTheLastValues() {
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource("jdbc:h2:mem:upsert;DB_CLOSE_DELAY=-1", "sa", ""));
        jdbc.execute("CREATE TABLE prices (ticker VARCHAR(10), trade_date DATE, close_price DECIMAL(20,4), PRIMARY KEY (ticker, trade_date))");
        String sql = prices.sql(jdbc);
        assertThat(sql).isEqualTo(prices.h2());
        jdbc.update(sql, "NVDA", Date.valueOf("2025-01-02"), new BigDecimal("10.5"));
        jdbc.update(sql, "NVDA", Date.valueOf("2025-01-02"), new BigDecimal("11.25"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM prices", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT close_price FROM prices", BigDecimal.class)).isEqualByComparingTo("11.25");
    }
}
