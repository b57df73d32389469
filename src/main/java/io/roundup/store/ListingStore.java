package io.roundup.store;

import io.roundup.domain.Listing;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Currency;
import java.util.List;

/** IPO and listing records (table {@code listings}), one per exchange and ticker. */
public class ListingStore {

    private static final Upsert LISTING = Upsert.into("listings", List.of("exchange", "ticker"),
            List.of("exchange VARCHAR", "ticker VARCHAR", "company VARCHAR", "listing_date DATE", "offer_price DECIMAL(38,10)",
                    "currency VARCHAR", "shares BIGINT", "proceeds DECIMAL(38,10)"));

    private final JdbcTemplate jdbc;

    public ListingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void saveListings(List<? extends Listing> listings) {
        jdbc.batchUpdate(LISTING.sql(jdbc), listings.stream().map(l -> new Object[]{l.exchange(), l.ticker(), l.company(),
                Sql.date(l.listingDate()), l.offerPrice(), l.currency().getCurrencyCode(), l.shares(), l.proceeds()}).toList());
    }

    public List<Listing> listings() {
        return jdbc.query("SELECT * FROM listings ORDER BY listing_date, exchange, ticker", (rs, i) -> new Listing(
                rs.getString("company"), rs.getString("exchange"), rs.getString("ticker"), Sql.date(rs, "listing_date"),
                Sql.stripped(rs, "offer_price"), Currency.getInstance(rs.getString("currency")),
                (Long) rs.getObject("shares", Long.class), Sql.stripped(rs, "proceeds")));
    }
}
