package io.roundup.store;

import io.roundup.domain.EuroRate;
import io.roundup.fx.PublishedRate;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** Exchange rates: the ECB's euro rates (table {@code fx_rates}) and other publishers' quotes as published ({@code fx_quotes}). */
public class FxStore {

    private static final Upsert FX = Upsert.into("fx_rates", List.of("rate_date", "currency"),
            List.of("rate_date DATE", "currency VARCHAR", "per_eur DECIMAL(38,10)"));
    private static final Upsert QUOTE = Upsert.into("fx_quotes", List.of("rate_date", "base", "quote", "source"),
            List.of("rate_date DATE", "base VARCHAR", "quote VARCHAR", "source VARCHAR", "rate DECIMAL(38,10)"));

    private final JdbcTemplate jdbc;

    public FxStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void saveEuroRates(List<? extends EuroRate> rates) {
        jdbc.batchUpdate(FX.sql(jdbc), rates.stream().map(r -> new Object[]{Sql.date(r.date()), r.currency().getCurrencyCode(),
                r.perEur()}).toList());
    }

    /** ECB euro rates go to fx_rates, everything else to fx_quotes as published. */
    public void saveRates(List<PublishedRate> quotes) {
        List<EuroRate> ecb = new ArrayList<>();
        List<Object[]> other = new ArrayList<>();
        for (PublishedRate q : quotes) {
            Optional<EuroRate> rate = q.toEuroRate();
            if (rate.isPresent()) ecb.add(rate.get());
            else other.add(new Object[]{Sql.date(q.date()), q.base().getCurrencyCode(), q.quote().getCurrencyCode(),
                    q.source(), q.rate()});
        }
        saveEuroRates(ecb);
        jdbc.batchUpdate(QUOTE.sql(jdbc), other);
    }

    /** Every rate of every source, ECB first. */
    public List<PublishedRate> rates() {
        List<PublishedRate> all = new ArrayList<>(euroRates().stream().map(PublishedRate::ecb).toList());
        all.addAll(jdbc.query("SELECT * FROM fx_quotes ORDER BY rate_date, base, quote, source", (rs, i) -> new PublishedRate(
                Sql.date(rs, "rate_date"), Currency.getInstance(rs.getString("base")),
                Currency.getInstance(rs.getString("quote")), rs.getBigDecimal("rate").stripTrailingZeros(),
                rs.getString("source"))));
        return all;
    }

    public List<EuroRate> euroRates() {
        return jdbc.query("SELECT * FROM fx_rates ORDER BY rate_date, currency", (rs, i) -> new EuroRate(
                Sql.date(rs, "rate_date"), Currency.getInstance(rs.getString("currency")),
                rs.getBigDecimal("per_eur").stripTrailingZeros()));
    }
}
