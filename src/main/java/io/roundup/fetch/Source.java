package io.roundup.fetch;

import java.util.Locale;

/** One line of {@code sources.csv}: a feed to read for article links, or an article page to fetch. */
public record Source(String url, Kind kind) {

    public enum Kind {
        FEED("feed"), ARTICLE("article");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        /** The kind with this code (case-insensitive), or null. */
        public static Kind fromCode(String code) {
            String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
            for (Kind k : values()) if (k.code.equals(c)) return k;
            return null;
        }
    }
}
