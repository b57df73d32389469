package io.roundup.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/**
 * An IPO or listing record. {@code ticker} is the exchange code without leading zeros or suffix
 * ("2513" for 02513.HK); {@code shares} and {@code proceeds} may be null when unknown.
 */
public record Listing(String company, String exchange, String ticker, LocalDate listingDate,
                      BigDecimal offerPrice, Currency currency, Long shares, BigDecimal proceeds) {
}
