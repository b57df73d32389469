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
            String text = (para.indexOf('\n') < 0 ? para : LINE_BREAK.matcher(para).replaceAll(" ")).trim();
            if (text.isEmpty()) continue;
            for (String s : splitParagraph(text)) {
                out.add(new Sentence(s, p, out.size()));
            }
            p++;
        }
        return out;
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

    private static void add(List<String> out, String s) {
        String t = s.trim();
        if (!t.isEmpty()) out.add(t);
    }
}
