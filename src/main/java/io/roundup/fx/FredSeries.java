package io.roundup.fx;

import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * FRED daily exchange-rate series (Federal Reserve H.10, noon buying rates in New York) and what
 * each one means. The id tells the direction: {@code DEXxxUS} is units of the foreign currency per US
 * dollar ({@code DEXHKUS} HKD per USD, {@code DEXCHUS} CNY per USD, {@code DEXJPUS} JPY per USD);
 * {@code DEXUSxx} is US dollars per unit of the foreign currency ({@code DEXUSEU} USD per EUR,
 * {@code DEXUSUK} USD per GBP, {@code DEXUSAL} USD per AUD, {@code DEXUSNZ} USD per NZD).
 */
public final class FredSeries {

    /** Two-letter FRED country codes and the currency of each. */
    private static final Map<String, String> COUNTRY = Map.ofEntries(
            Map.entry("HK", "HKD"), Map.entry("CH", "CNY"), Map.entry("JP", "JPY"), Map.entry("KO", "KRW"),
            Map.entry("IN", "INR"), Map.entry("SZ", "CHF"), Map.entry("CA", "CAD"), Map.entry("SI", "SGD"),
            Map.entry("TA", "TWD"), Map.entry("MX", "MXN"), Map.entry("BZ", "BRL"), Map.entry("SD", "SEK"),
            Map.entry("NO", "NOK"), Map.entry("DN", "DKK"), Map.entry("TH", "THB"), Map.entry("MA", "MYR"),
            Map.entry("SF", "ZAR"), Map.entry("SL", "LKR"), Map.entry("EU", "EUR"), Map.entry("UK", "GBP"),
            Map.entry("AL", "AUD"), Map.entry("NZ", "NZD"));

    private FredSeries() {
    }

    /** A series as (base, quote): the rate is units of {@code quote} per one {@code base}. */
    public record Pair(String id, Currency base, Currency quote) {
    }

    /** The meaning of a FRED series id, empty when it is not a known daily exchange-rate series. */
    public static Optional<Pair> of(String seriesId) {
        if (seriesId == null) return Optional.empty();
        String id = seriesId.strip().toUpperCase(Locale.ROOT);
        if (!id.matches("DEX[A-Z]{4}")) return Optional.empty();
        String a = id.substring(3, 5), b = id.substring(5, 7);
        if (b.equals("US") && COUNTRY.containsKey(a)) {
            return Optional.of(new Pair(id, PublishedRate.USD, Currency.getInstance(COUNTRY.get(a))));
        }
        if (a.equals("US") && COUNTRY.containsKey(b)) {
            return Optional.of(new Pair(id, Currency.getInstance(COUNTRY.get(b)), PublishedRate.USD));
        }
        return Optional.empty();
    }
}
