package io.roundup.csv;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Decimal numbers as people type them in CSV files.
 *
 * <ul>
 *   <li>decimal point files (comma-delimited): {@code 1234.5}, {@code 1,234.5}, {@code 1 234.5} (space,
 *       no-break space or apostrophe as thousands separator; groups of exactly three digits);</li>
 *   <li>decimal comma files ({@code ;}- or tab-delimited): {@code 1234,5}, {@code 1.234,5}, {@code 1 234,5};
 *       a cell without a comma whose dots all separate groups of exactly three digits ({@code 1.234},
 *       {@code 1.234.567}) is a whole number with thousands dots, as a European spreadsheet writes it;
 *       any other cell with a dot ({@code 10.5}, {@code 0.088}, {@code 129.2200}) is read with a decimal point.
 *       So {@code 1.234} means 1234 in a {@code ;} file and 1.234 in a {@code ,} file.</li>
 * </ul>
 * A leading minus sign is kept; exponents, {@code +}, and anything else give null.
 */
public final class Decimals {

    /** Thousands separators besides the comma or dot: space, no-break space, narrow no-break space, apostrophe. */
    private static final String SEP = " \u00A0\u202F'";
    private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d*)?|\\.\\d+");
    private static final Pattern POINT_THOUSANDS = Pattern.compile("\\d{1,3}([," + SEP + "]\\d{3})+(\\.\\d*)?");
    private static final Pattern COMMA_DECIMAL = Pattern.compile("(\\d{1,3}([." + SEP + "]\\d{3})+|\\d+),\\d*");
    private static final Pattern DOT_GROUPS = Pattern.compile("[1-9]\\d{0,2}(\\.\\d{3})+");
    private static final Pattern SPACE_GROUPS = Pattern.compile("\\d{1,3}([" + SEP + "]\\d{3})+(\\.\\d*)?");

    private Decimals() {
    }

    /**
     * Digits with at most one decimal point (none in a decimal-comma file, where a dot may group
     * thousands): the common case, checked without a regular expression because price files hold
     * millions of such cells.
     */
    private static boolean isPlain(String t, boolean decimalComma) {
        int digits = 0;
        boolean dot = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') digits++;
            else if (c == '.' && !dot && !decimalComma) dot = true;
            else return false;
        }
        return digits > 0;
    }

    /**
     * A plain cell ({@link #isPlain}) of at most 18 digits, built from its digits as a long and a
     * scale: the same value and scale as {@code new BigDecimal}, without running its string parser on
     * each of the millions of cells a price load reads. Null for longer cells.
     */
    static BigDecimal plainDecimal(String t) {
        long unscaled = 0;
        int digits = 0;
        int scale = -1;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '.') {
                scale = 0;
                continue;
            }
            if (++digits > 18) return null;
            unscaled = unscaled * 10 + (c - '0');
            if (scale >= 0) scale++;
        }
        if (t.endsWith(".")) { // "5." reads as "5.0"
            if (++digits > 18) return null;
            return BigDecimal.valueOf(unscaled * 10, 1);
        }
        return BigDecimal.valueOf(unscaled, Math.max(scale, 0));
    }

    /** The number in {@code s}, or null when it is not a decimal in the expected form. */
    public static BigDecimal parse(String s, boolean decimalComma) {
        if (s == null) return null;
        String t = s.strip();
        boolean neg = false;
        if (t.startsWith("-") || t.startsWith("\u2212")) {
            neg = true;
            t = t.substring(1).strip();
        }
        if (t.isEmpty()) return null;
        String plain;
        if (isPlain(t, decimalComma)) {
            BigDecimal d = plainDecimal(t);
            if (d != null) return neg ? d.negate() : d;
            plain = t;
        } else if (!decimalComma) {
            if (PLAIN.matcher(t).matches()) plain = t;
            else if (POINT_THOUSANDS.matcher(t).matches()) plain = t.replaceAll("[,\u00A0\u202F' ]", "");
            else return null;
        } else {
            if (COMMA_DECIMAL.matcher(t).matches()) plain = t.replaceAll("[.\u00A0\u202F' ]", "").replace(',', '.');
            else if (DOT_GROUPS.matcher(t).matches()) plain = t.replace(".", "");
            else if (SPACE_GROUPS.matcher(t).matches()) plain = t.replaceAll("[\u00A0\u202F' ]", "");
            else if (PLAIN.matcher(t).matches()) plain = t;
            else return null;
        }
        if (plain.endsWith(".")) plain = plain + "0";
        try {
            BigDecimal d = new BigDecimal(plain);
            return neg ? d.negate() : d;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
