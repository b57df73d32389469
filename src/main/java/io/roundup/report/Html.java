package io.roundup.report;

import java.net.URI;
import java.util.Locale;

/**
 * Text into HTML. Everything the report shows comes from input that may be hostile (company names
 * and evidence sentences from the web), so every string goes through {@link #text} or {@link #attr}:
 * markup characters become entities, and control characters and bidi overrides, which would
 * reorder or hide what a reader sees, are dropped.
 */
final class Html {

    private Html() {
    }

    /** {@code s} as element text or a quoted attribute value; null is empty. */
    static String text(Object value) {
        if (value == null) return "";
        String s = value.toString();
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\n', '\t' -> b.append(' ');
                default -> {
                    if (!hidden(c)) b.append(c);
                }
            }
        }
        return b.toString();
    }

    /** The same escaping: attribute values are always written in double quotes. */
    static String attr(Object value) {
        return text(value);
    }

    private static boolean hidden(char c) {
        return Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }

    /** A link for an http(s) URL; anything else (a local file, {@code javascript:}) is shown as plain text. */
    static String link(String url) {
        if (!isWebUrl(url)) return "<span class=\"src\">" + text(url) + "</span>";
        return "<a class=\"src\" href=\"" + attr(url) + "\" rel=\"noopener noreferrer nofollow\">" + text(url) + "</a>";
    }

    static boolean isWebUrl(String url) {
        if (url == null) return false;
        try {
            URI u = new URI(url.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }
}
