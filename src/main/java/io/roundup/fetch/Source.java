package io.roundup.fetch;

import java.util.Locale;

/**
 * One line of {@code sources.csv}: a feed to read for article links, an article page to fetch, or a
 * market data file ({@code fx}, {@code prices}, {@code listings}) for the load steps. A {@code prices}
 * URL may hold {@code {symbol}}, filled with every ticker the run knows ({@link DataTarget#expand}).
 */
public record Source(String url, Kind kind) {

    /** Where a {@code prices} URL takes each ticker. */
    public static final String SYMBOL = "{symbol}";

    public enum Kind {
        FEED("feed"), ARTICLE("article"), FX("fx"), PRICES("prices"), LISTINGS("listings");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        /** A market data file, fetched by {@link DataFetcher} and read by a load step, not by readNews. */
        public boolean isData() {
            return this == FX || this == PRICES || this == LISTINGS;
        }

        /** The kind with this code (case-insensitive), or null. */
        public static Kind fromCode(String code) {
            String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
            for (Kind k : values()) if (k.code.equals(c)) return k;
            return null;
        }
    }

    /** A URL with {@code {symbol}} in it: one fetch per ticker. */
    public boolean isTemplate() {
        return url.contains(SYMBOL);
    }
}
