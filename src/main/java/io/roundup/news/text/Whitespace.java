package io.roundup.news.text;

/**
 * Whitespace as a reader sees it: every kind of space, including no-break and zero-width ones that
 * pages use for layout, counts as one space between words and none at the ends.
 */
public final class Whitespace {

    private Whitespace() {
    }

    /** Collapses runs of whitespace (including no-break spaces) to one space and trims. */
    public static String normalize(String s) {
        return normalize((CharSequence) s);
    }

    /** As {@link #normalize(String)}, reading a builder without copying it first. */
    public static String normalize(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) sb.append(' ');
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** normalize(s).length(), without building it. */
    public static int normalizedLength(String s) {
        int n = 0;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            if (isSpace(s.charAt(i))) {
                space = n > 0;
            } else {
                if (space) n++;
                space = false;
                n++;
            }
        }
        return n;
    }

    static boolean isAllSpace(CharSequence s) {
        for (int i = 0; i < s.length(); i++) if (!isSpace(s.charAt(i))) return false;
        return true;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\u2007' || c == '\u202f'
                || c == '\ufeff';
    }
}
