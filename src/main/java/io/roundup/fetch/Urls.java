package io.roundup.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** URL checks shared by the source list, the feed parser and the fetcher. */
final class Urls {

    private Urls() {
    }

    /**
     * The URL as an absolute http/https URI without fragment, scheme and host in lower case.
     *
     * @throws IllegalArgumentException with a reject reason ("bad_url: …", "bad_scheme: …")
     */
    static String normalize(String url) {
        return uri(url).toString();
    }

    /**
     * As {@link #normalize}, {@code {symbol}} kept where it stands (path or query; a host cannot hold it).
     */
    static String normalizeTemplate(String url) {
        if (!url.contains(Source.SYMBOL)) return normalize(url);
        String marker = "roundupsymbol7f3a";
        String n = normalize(url.replace(Source.SYMBOL, marker));
        if (!n.contains(marker) || uri(n).getHost().contains(marker)) {
            throw new IllegalArgumentException("bad_url: " + Source.SYMBOL + " may stand in the path or query only");
        }
        return n.replace(marker, Source.SYMBOL);
    }

    static URI uri(String url) {
        URI u;
        try {
            u = new URI(escapeSpaces(url));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("bad_url: " + e.getMessage());
        }
        return check(u);
    }

    /** {@code ref} resolved against {@code base}, checked as by {@link #uri}. */
    static URI resolve(URI base, String ref) {
        URI r;
        try {
            r = new URI(escapeSpaces(ref));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("bad_url: " + e.getMessage());
        }
        return check(base.resolve(r));
    }

    /** Feeds and pages write spaces into links; a browser sends them as %20. */
    private static String escapeSpaces(String url) {
        return url.strip().replace(" ", "%20");
    }

    private static URI check(URI u) {
        if (!u.isAbsolute()) throw new IllegalArgumentException("bad_url: not an absolute URL: " + u);
        String scheme = u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("bad_scheme: only http and https are fetched, got '" + scheme + "'");
        }
        if (u.getHost() == null || u.getHost().isEmpty()) {
            throw new IllegalArgumentException("bad_url: no host in " + u);
        }
        if (u.getRawUserInfo() != null) throw new IllegalArgumentException("bad_url: credentials in URL are not allowed");
        try {
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            StringBuilder s = new StringBuilder(scheme).append("://").append(u.getHost().toLowerCase(Locale.ROOT));
            if (u.getPort() >= 0) s.append(':').append(u.getPort());
            s.append(path);
            if (u.getRawQuery() != null) s.append('?').append(u.getRawQuery());
            return new URI(new URI(s.toString()).toASCIIString()); // non-ASCII path/query → %XX of UTF-8
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("bad_url: " + e.getMessage());
        }
    }
}
