package io.roundup.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * One row of {@code ipo_summary.csv}, one per listing. Prices, proceeds and market cap are in the
 * listing currency (exact); USD values are whole dollars (HALF_EVEN); {@code fxRate} is units of
 * the listing currency per USD to 6 significant digits, quoted on {@code fxDate};
 * {@code firstDayReturnPct} has 2 decimals. Missing data stays null (empty cell), never zero.
 */
public record IpoSummary(String company, String exchange, String ticker, LocalDate listingDate, String currency,
                         BigDecimal offerPrice, BigDecimal firstDayOpen, BigDecimal firstDayHigh,
                         BigDecimal firstDayLow, BigDecimal firstDayClose, BigDecimal firstDayReturnPct,
                         BigDecimal proceeds, BigDecimal proceedsUsd, BigDecimal fxRate, LocalDate fxDate,
                         Long shares, BigDecimal marketCapClose, BigDecimal marketCapCloseUsd) {

    public static final String FILE_NAME = "ipo_summary.csv";

    public static final List<String> HEADER = List.of("company", "exchange", "ticker", "listing_date", "currency",
            "offer_price", "first_day_open", "first_day_high", "first_day_low", "first_day_close",
            "first_day_return_pct", "proceeds", "proceeds_usd", "fx_rate", "fx_date", "shares",
            "market_cap_close", "market_cap_close_usd");

    public List<Object> cells() {
        return Arrays.asList(company, exchange, ticker, listingDate, currency, offerPrice, firstDayOpen, firstDayHigh,
                firstDayLow, firstDayClose, firstDayReturnPct, proceeds, proceedsUsd, fxRate, fxDate, shares,
                marketCapClose, marketCapCloseUsd);
    }

    public static CsvTable table(Collection<IpoSummary> rows) {
        CsvTable t = new CsvTable(HEADER);
        for (IpoSummary r : rows) t.addRow(r.cells());
        return t;
    }
}
