package io.roundup.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits plain text into sentences. Paragraphs are separated by blank lines; inside a paragraph a
 * sentence ends at ". ", "! ", "? " (followed by an upper-case letter, digit, quote or bracket) or
 * at the Chinese full stops "。！？". Abbreviations ("U.S.", "Inc.", "Jan.", "Mr."), decimals
 * ("4.348") and names with dots ("01.AI") do not end a sentence.
 */
public final class SentenceSplitter {

    /** One sentence with the index of its paragraph. */
    public record Sentence(String text, int paragraph, int index) {
    }

    private static final Set<String> ABBREVIATIONS = Set.of(
            "u.s", "u.k", "u.n", "e.u", "inc", "corp", "co", "ltd", "llc", "mr", "mrs", "ms", "dr", "st", "vs",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "approx",
            "est", "etc", "e.g", "i.e", "jr", "sr", "prof", "gov", "sen", "rep", "dept", "fig", "p.m", "a.m",
            // German: "1,7 Mrd. Euro", "600 Mio. Euro", "ca. 500", "z.B.", "u.a.", "bzw."
            "mrd", "mio", "tsd", "ca", "bzw", "z.b", "u.a", "d.h", "vgl", "inkl", "zzgl", "nr", "evtl", "ggf", "sog", "usw", "dt", "gegr");
    /** German ordinal day or number before a month or noun: "am 9. September", "im 3. Quartal", "die 2. Runde". */
    private static final java.util.regex.Pattern ORDINAL_NEXT = java.util.regex.Pattern.compile(
            "^(?:Jan(?:uar)?|Jänner|Feb(?:ruar)?|März|Mär|Apr(?:il)?|Mai|Juni?|Juli?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Okt(?:ober)?|Nov(?:ember)?|Dez(?:ember)?|Quartal|Runde|Finanzierungsrunde|Platz|Stelle|Jahrhundert)\\b");

    private static final java.util.regex.Pattern PARAGRAPH_BREAK = java.util.regex.Pattern.compile("\\n\\s*\\n");
    private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("\\s*\\n\\s*");

    private SentenceSplitter() {
    }

    public static List<Sentence> split(String body) {
        List<Sentence> out = new ArrayList<>();
        if (body == null) return out;
        String[] paragraphs = PARAGRAPH_BREAK.split(body.replace("\r\n", "\n").replace('\r', '\n'));
        int p = 0;
        for (String para : paragraphs) {
            boolean any = false;
            for (String unit : lineUnits(para)) {
                String text = (unit.indexOf('\n') < 0 ? unit : LINE_BREAK.matcher(unit).replaceAll(" ")).trim();
                if (text.isEmpty()) continue;
                for (String s : splitParagraph(text)) {
                    out.add(new Sentence(s, p, out.size()));
                }
                any = true;
            }
            if (any) p++;
        }
        return out;
    }

    /** "3" before ". " at the start of a sentence: the number of a list item, not a sentence of its own. */
    private static final java.util.regex.Pattern ITEM_NUMBER = java.util.regex.Pattern.compile("\\s*\\d{1,2}");

    /** A list item ("- ", "• ", "1. ", "（1）"): in a round-up each line is one company's news. */
    private static final java.util.regex.Pattern LIST_ITEM = java.util.regex.Pattern.compile(
            "^\\s*(?:[-*•·▪◆■●–—]\\s|\\d{1,2}[.)、]\\s?(?=\\D)|[（(]\\d{1,2}[)）]|【)");

    /**
     * The parts of a paragraph that are read apart: a line break ends a sentence before a list item and after a line
     * that ends like a sentence or a heading (".", ":", "。"); other line breaks are wraps inside one sentence.
     */
    static List<String> lineUnits(String para) {
        if (para.indexOf('\n') < 0) return List.of(para);
        List<String> out = new ArrayList<>();
        String[] lines = para.split("\n");
        StringBuilder unit = new StringBuilder();
        for (String line : lines) {
            if (unit.length() > 0 && (LIST_ITEM.matcher(line).find() || endsUnit(unit))) {
                out.add(unit.toString());
                unit.setLength(0);
            }
            if (unit.length() > 0) unit.append('\n');
            unit.append(line);
        }
        if (unit.length() > 0) out.add(unit.toString());
        return out;
    }

    private static boolean endsUnit(CharSequence unit) {
        int i = unit.length() - 1;
        while (i >= 0 && Character.isWhitespace(unit.charAt(i))) i--;
        return i >= 0 && ".!?:;。！？：；".indexOf(unit.charAt(i)) >= 0;
    }

    static List<String> splitParagraph(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '！' || c == '？') {
                int end = i + 1;
                while (end < n && isCloser(text.charAt(end))) end++;
                add(out, text.substring(start, end));
                start = end;
                i = end - 1;
                continue;
            }
            if (c != '.' && c != '!' && c != '?') continue;
            int end = i + 1;
            while (end < n && isCloser(text.charAt(end))) end++;
            if (end >= n) break;
            if (!Character.isWhitespace(text.charAt(end))) continue;
            int next = end;
            while (next < n && Character.isWhitespace(text.charAt(next))) next++;
            if (next >= n) break;
            char nc = text.charAt(next);
            if (!(Character.isUpperCase(nc) || Character.isDigit(nc) || nc == '"' || nc == '“' || nc == '\''
                    || nc == '(' || nc == '[' || Character.UnicodeScript.of(nc) == Character.UnicodeScript.HAN
                    || Character.isLowerCase(nc) && isCamel(text, next))) continue;
            if (c == '.' && isAbbreviation(text, i)) continue;
            if (c == '.' && ITEM_NUMBER.matcher(text.substring(start, i)).matches()) continue;
            if (c == '.' && isOrdinal(text, i, next)) continue;
            add(out, text.substring(start, end));
            start = next;
            i = next - 1;
        }
        add(out, text.substring(start));
        return out;
    }

    /** Lower-case start that is still a name, e.g. "xAI" or "iPhone". */
    private static boolean isCamel(String text, int pos) {
        int e = pos;
        while (e < text.length() && Character.isLetterOrDigit(text.charAt(e))) e++;
        String w = text.substring(pos, e);
        return !w.equals(w.toLowerCase());
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '」' || c == '』';
    }

    private static boolean isAbbreviation(String text, int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) s--;
        String word = text.substring(s, dot).toLowerCase();
        if (word.isEmpty()) return false;
        if (ABBREVIATIONS.contains(word)) return true;
        // single capital letter initial such as "J." in "John J. Smith"
        return word.length() == 1 && Character.isUpperCase(text.charAt(s));
    }

    /** "9. September": a one- or two-digit number with a dot before a month name is a German ordinal. */
    private static boolean isOrdinal(String text, int dot, int next) {
        int s = dot;
        while (s > 0 && Character.isDigit(text.charAt(s - 1))) s--;
        if (dot - s < 1 || dot - s > 2) return false;
        if (s > 0 && !Character.isWhitespace(text.charAt(s - 1)) && text.charAt(s - 1) != '(') return false;
        return ORDINAL_NEXT.matcher(text.substring(next)).find();
    }

    /**
     * The longest sentence the rules read: news sentences stay far below it, and the extraction patterns look back and
     * ahead within a sentence, so a page that is one endless "sentence" (a table, a scraped blob) would cost time
     * growing with its square. Longer runs are cut at a space or comma before the limit.
     */
    static final int MAX_SENTENCE = 1_000;

    private static void add(List<String> out, String s) {
        String t = s.trim();
        while (t.length() > MAX_SENTENCE) {
            int cut = cutBefore(t, MAX_SENTENCE);
            String head = t.substring(0, cut).trim();
            if (!head.isEmpty()) out.add(head);
            t = t.substring(cut).trim();
        }
        if (!t.isEmpty()) out.add(t);
    }

    /** Where to cut a run longer than {@code limit}: after its last comma or space in the second half, else at the limit. */
    private static int cutBefore(String t, int limit) {
        for (int i = limit; i > limit / 2; i--) {
            char c = t.charAt(i - 1);
            if (c == ',' || c == '，' || c == '、' || Character.isWhitespace(c)) return i;
        }
        return limit;
    }
}
