package io.roundup.extract;

import io.roundup.extract.CompanySpotter.NameSpan;
import io.roundup.extract.InvestorExtractor.Zone;
import io.roundup.extract.TriggerLexicon.Trigger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which names of a clause may be the company it is about: not investors in a list, bracketed notes, appositions,
 * people or names that only describe the company ("the ChatGPT maker"); and which of them a trigger belongs to.
 */
final class Subjects {

    private static final Pattern PERSON_JOIN = Pattern.compile("\\s*(?:,|,?\\s+and|,?\\s+und|、|和)\\s*");
    private static final Pattern APPOSITIVE = Pattern.compile(
            "^\\s*,\\s+(?:(?:the|a|an|which|who|whose|its|one of|founded|based|backed|now|formerly|also|best known|known|maker|developer|owner|parent|"
                    + "das|der|die|ein|eine|dessen|deren|gegründet|mit sitz|bekannt|一家|该)\\b|[A-Z][\\w.-]*(?:\\s[A-Z][\\w.-]*)*['’]s\\s)[^,;]*,");
    private static final Pattern DASH_APPOSITIVE = Pattern.compile("\\s*[—–]\\s+[^—–;]{3,120}?\\s+[—–]");
    private static final Pattern PRODUCT_NOUN = Pattern.compile(
            "^\\s+(?:chatbot|assistant|models?|maker|developer|creator|owner|parent|operator|app|editor|platform|chatbots|service|software|tool|agent)\\b");
    private static final Pattern DEFINITE_BEFORE = Pattern.compile("(?i)\\b(?:the|its|their|of the|behind the)\\s+$");
    /** "Elon Musk's company", "Sam Altman's AI start-up": the possessor only describes the company meant. */
    private static final Pattern POSSESSOR_OF_COMPANY = Pattern.compile(
            "^['’]s\\s+(?:[\\w-]+\\s+){0,2}?(?:company|start-?up|firm|venture|lab|business)\\b");
    private static final Pattern SUBJECT_GAP = Pattern.compile("\\s*(?:of|for|in|by|at)?\\s*(?:the\\s+)?(?:[a-z-]+\\s+){0,3}?");
    private static final Pattern SUBJECT_GAP_OF = Pattern.compile(".{0,40}?\\b(?:of|for|in)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}");
    private static final Pattern ANY_DIGIT_LINE = Pattern.compile(".*\\d.*");
    /** "Figure remains…", "Helsing — Europe's answer to Anduril.": a paragraph that opens by naming its company. */
    private static final Pattern PARAGRAPH_HEAD = Pattern.compile(
            "^\\s*(?:[—–-]\\s+|:\\s+|\\([^)]{1,40}\\)\\s*(?:[.:—–-]|$)|\\s+(?:remains|has become|makes|builds|develops|sells|runs|operates)\\b|\\s+(?:is|was)\\s+(?:the|a|an|one|now|still|also|another|among)\\b|,\\s+(?:which|a|an|the)\\b)");
    /** "1. ", "2) ": the number of a list item. */
    private static final Pattern ITEM_NUMBER = Pattern.compile("\\s*\\d{1,2}[.)]\\s+");

    private Subjects() {
    }

    /** The names of a clause that may be the company it is about. */
    static List<NameSpan> of(String clause, List<NameSpan> names, DocumentContext ctx) {
        List<NameSpan> subjects = new ArrayList<>();
        if (names.isEmpty()) return subjects;
        List<Zone> zones = InvestorExtractor.zones(clause);
        List<int[]> appositives = appositives(clause, names);
        NameSpan person = null;
        for (NameSpan n : names) {
            // "David Ha and Llion Jones": a name joined to a person by "and" or a comma is a person too
            boolean joinedToPerson = person != null && PERSON_JOIN.matcher(clause.substring(person.end(), n.start())).matches();
            person = null;
            NameKinds.Kind kind = ctx.kind(clause, n);
            if (joinedToPerson || isPerson(clause, n) || kind == NameKinds.Kind.PERSON) {
                person = n;
                continue;
            }
            if (InvestorExtractor.inZone(zones, n.start())) continue;
            if (DateResolver.insideBrackets(clause, n.start())) continue;
            if (inRanges(appositives, n.start())) continue;
            if (isDescriptor(clause, n)) continue;
            if (kind != NameKinds.Kind.ORGANISATION) continue;
            subjects.add(n);
        }
        return subjects;
    }

    /** The company a funding or IPO trigger belongs to: the last subject before it, else one right after it. */
    static NameSpan forTrigger(String clause, Trigger t, List<NameSpan> subjects) {
        NameSpan best = null;
        for (NameSpan n : subjects) if (n.end() <= t.start()) best = n;
        if (best != null) return best;
        for (NameSpan n : subjects) {
            if (n.start() >= t.end()) {
                String gap = clause.substring(t.end(), n.start()).toLowerCase(Locale.ROOT);
                if (SUBJECT_GAP.matcher(gap).matches() || SUBJECT_GAP_OF.matcher(gap).matches()) return n;
                return null;
            }
        }
        return null;
    }

    /** The first name starting within {@code maxGap} characters after {@code pos}, with no figures in between. */
    static NameSpan firstAfter(String clause, int pos, List<NameSpan> names, int maxGap) {
        for (NameSpan n : names) {
            if (n.start() < pos) continue;
            String gap = clause.substring(pos, n.start());
            if (gap.length() > maxGap || ANY_DIGIT_LINE.matcher(gap).matches() || gap.contains(",") && gap.length() > 3) return null;
            return n;
        }
        return null;
    }

    /** A name right after a person's title ("chief executive Wang Xiaochuan") is a person. */
    static boolean isPerson(String clause, NameSpan n) {
        return InvestorExtractor.isPerson(clause, n);
    }

    /** "The ChatGPT maker", "the developer of the Grok chatbot": a product name describing a company. */
    static boolean isDescriptor(String clause, NameSpan n) {
        if (POSSESSOR_OF_COMPANY.matcher(clause.substring(n.end())).find()) return true;
        return PRODUCT_NOUN.matcher(clause.substring(n.end())).find()
                && DEFINITE_BEFORE.matcher(clause.substring(Math.max(0, n.start() - 15), n.start())).find();
    }

    /** The organisation a sentence opens with as its subject ("OpenAI can use…"), else null. */
    static String opening(String text, DocumentContext ctx) {
        for (NameSpan n : of(text, ctx.names(text), ctx)) {
            if (n.start() > 2 || text.startsWith("'", n.end()) || text.startsWith("’", n.end()) || CompanyNames.isHan(n.text())) return null;
            // a capitalised first word is a name only if the document uses it elsewhere too ("Existing backers…" is not)
            return n.known() || ctx.namedElsewhere(n.text(), text) ? ctx.resolveAlias(n.canonical()) : null;
        }
        return null;
    }

    /** The first organisation a sentence names (not an investor in a list, a person or an outlet), else null. */
    static String firstOrganisation(String text, DocumentContext ctx) {
        // the first one: a sentence's subject comes before what it says of others ("the product of X" names X too)
        List<Zone> zones = InvestorExtractor.zones(text);
        for (NameSpan n : ctx.names(text)) {
            NameKinds.Kind kind = ctx.kind(text, n);
            if (kind != NameKinds.Kind.ORGANISATION && kind != NameKinds.Kind.NOT_SUBJECT) continue;
            if (InvestorExtractor.inZone(zones, n.start()) || isPerson(text, n) || isDescriptor(text, n)) continue;
            return ctx.resolveAlias(n.canonical());
        }
        return null;
    }

    /** The company a paragraph opens with and describes ("Helsing — Europe's answer…", "Figure remains…"), else null. */
    static String paragraphCompany(String text, DocumentContext ctx) {
        int start = 0;
        while (start < text.length() && "-*•·–—\"“ ".indexOf(text.charAt(start)) >= 0) start++;
        Matcher number = ITEM_NUMBER.matcher(text);
        if (number.lookingAt()) start = Math.max(start, number.end());
        // the names are looked for only where a head can follow a first run of name-like words
        if (!mayOpenWithHead(text, start)) return null;
        for (NameSpan n : ctx.names(text)) {
            if (n.start() < start) continue;
            if (n.start() > start) return null;
            if (ctx.kind(text, n) != NameKinds.Kind.ORGANISATION) return null;
            return PARAGRAPH_HEAD.matcher(text.substring(n.end())).find() ? ctx.resolveAlias(n.canonical()) : null;
        }
        return null;
    }

    /** Whether a paragraph head (PARAGRAPH_HEAD) follows one of the first six words after {@code start}. */
    private static boolean mayOpenWithHead(String text, int start) {
        int i = start;
        for (int words = 0; words < 6 && i < text.length(); words++) {
            while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && ",:(—–".indexOf(text.charAt(i)) < 0) i++;
            if (PARAGRAPH_HEAD.matcher(text).region(i, Math.min(text.length(), i + 60)).lookingAt()) return true;
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        }
        return false;
    }

    /** Comma-bounded descriptions right after a name ("xAI, the company Elon Musk founded, said"). */
    private static List<int[]> appositives(String clause, List<NameSpan> names) {
        List<int[]> out = new ArrayList<>();
        for (NameSpan n : names) {
            Matcher m = APPOSITIVE.matcher(clause.substring(n.end()));
            if (m.find()) out.add(new int[]{n.end(), n.end() + m.end()});
            // "Sakana AI — founded by former Google researchers — closed…": a description between dashes
            Matcher d = DASH_APPOSITIVE.matcher(clause).region(n.end(), clause.length());
            if (d.lookingAt()) out.add(new int[]{n.end(), d.end()});
        }
        return out;
    }

    private static boolean inRanges(List<int[]> ranges, int pos) {
        for (int[] r : ranges) if (pos >= r[0] && pos < r[1]) return true;
        return false;
    }
}
