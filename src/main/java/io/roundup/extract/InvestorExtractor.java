package io.roundup.extract;

import io.roundup.extract.CompanySpotter.NameSpan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lead investors and investor zones. Leads are only those the text calls lead or co-lead: "led by
 * A and B", "co-led by A", "A led the round", "A and B co-led", "with A leading", "由A领投".
 * Names after "with participation from", "investors include", "backed by", "from" sit in an investor
 * zone: they are investors, never the company that raised.
 */
public final class InvestorExtractor {

    /** A character range of a clause that lists investors. */
    public record Zone(int start, int end, boolean lead) {
        boolean contains(int pos) {
            return pos >= start && pos < end;
        }
    }

    /*
     * Each pattern with the words one of which each of its alternatives holds (see Guard), and for the zone patterns
     * how far into a match such a word may stand ("jointly led by": "led" 8 chars in; "and existing investors": 13),
     * so they are tried only there. Where a word stands after \\s+ ("led by", "talks with") the word before it
     * is the one looked for.
     */
    private static final GuardedPattern LEAD_BY = GuardedPattern.of("(?i)\\b(?:co-led|co-headed|jointly led|led|headed|spearheaded|anchored)\\s+by\\b"
            // German: "angeführt von", "Angeführt wurde die Runde vom X", "Angeführt werden soll die Runde von der Y", "unter Führung von",
            // "federführend war X"; "vom" is "von dem"
            + "|(?iu)(?<![\\p{L}])(?:angeführt\\s+(?:(?:wurde|wird|werden\\s+soll|soll|sollte|werden)\\s+(?:die|diese)\\s+(?:\\S+\\s+)?\\p{L}*(?:runde|finanzierung)\\s+)?(?:von|vom)|unter\\s+(?:der\\s+)?(?:führung|federführung)\\s+(?:von|vom|des|der)|"
            + "federführend\\s+(?:beteiligt\\s+)?(?:war|waren|ist|sind|wird|werden)|"
            + "(?:lead-?investor(?:en)?|hauptinvestor(?:en)?|leitinvestor(?:en)?)(?:\\s+(?:der|dieser|bei der)\\s+(?:\\p{L}+\\s+)?\\p{L}*runde)?\\s+(?:ist|sind|war|waren)|"
            + "als\\s+(?:lead-?investor(?:en)?|hauptinvestor(?:en)?|leitinvestor(?:en)?)\\s+(?:fungiert\\p{L}*|agiert\\p{L}*|trat\\s+\\p{L}+\\s+auf|tritt)|angeführt\\s+(?:hat|haben|hatte|hatten)|geführt\\s+(?:von|vom)|co-geführt\\s+(?:von|vom)|"
            + "(?:von|vom)(?=\\s+[^.;]{1,80}?\\s+(?:angeführt|co-angeführt|geleitet|geführt|angeleitet)(?![\\p{L}])))(?![\\p{L}])"
            + "|领投方(?:为|是|包括)|领投机构(?:为|是|包括)"
            // "(lead: Thrive Capital)", "co-leads: A, B", "Lead investor: C": a list line of a newsletter or table
            + "|(?i)\\b(?:co-?)?lead(?:s|\\s+investors?)?\\s*:",
            Guard.words("by", "führ", "investor", "leitet", "领投", "lead"),
            new Prefilter.Near(new String[] {"led", "headed", "anchored", "führ", "unter", "investor", "als", "von", "vom", "领投", "lead"}, 8));
    private static final GuardedPattern OTHER_ZONE = GuardedPattern.of(
            "(?i)\\b(?:with participation from|with participation of|participation from|participation by|alongside|"
                    + "investors (?:include|including|included)|including|such as|backed by|joined by|as well as|from|"
                    + "with (?:existing|new) investors|(?:talks|discussions|negotiations|negotiating)\\s+with|and existing investors|other investors)\\b|跟投|参投|"
                    + "(?iu)(?<![\\p{L}])(?:beteiligung\\s+von|beteiligt\\s+(?:waren|sind|haben\\s+sich|hatten\\s+sich)|beteiligten\\s+sich|mit\\s+dabei|darunter|unter\\s+anderem|"
                    + "(?:verhandelt|verhandeln|verhandlungen|gespräche|gesprächen)\\s+mit|mit(?=\\s+[^,.;]{1,40}?\\s+über\\s)|investoren\\s+wie|geldgeber\\s+wie|bestandsinvestoren|sowie|neben)(?![\\p{L}])",
            Guard.words("participation", "alongside", "investors", "including", "such as", "backed by", "joined by", "as well as", "from",
                    "with", "跟投", "参投", "beteilig", "mit", "darunter", "unter", "investoren", "geldgeber", "sowie", "neben"),
            new Prefilter.Near(new String[] {"participation", "alongside", "investors", "including", "such as", "backed by", "joined by",
                    "as well as", "from", "with", "跟投", "参投", "beteilig", "mit", "darunter", "unter", "investoren", "geldgeber", "sowie",
                    "neben", "talks", "discussions", "negotiat", "verhand", "gespräch"}, 13));
    private static final Pattern ZONE_END = Pattern.compile(
            "(?:,\\s+(?!and\\b|as well as\\b|with\\b|von\\b|vom\\b|und\\b)(?=[a-z])|\\s(?:and|but|while)\\s+(?!other\\b|existing\\b|new\\b)(?=[a-z])|(?i:,\\s*(?:valuing|which|bringing|at a|at an|and the|the company|according))|;|(?i:\\bwith participation\\b|\\bparticipation\\b|\\balongside\\b)|"
                    + "(?i:\\b(?:valuing|at a|at an)\\b|\\bwith (?:existing|new)\\b|\\band (?:other|existing)\\b)|"
                    + "(?iu:[\\s,]+(?:außerdem|zudem|ebenfalls|ferner|darunter|beteiligt\\p{L}*|mit dabei|bei einer|bei der|und weitere|und andere)(?![\\p{L}]))|"
                    // "Angeführt von Lightspeed hat Parloa …": German puts the finite verb right after an opening phrase
                    + "(?u:\\s(?:hat|haben|hatte|hatten|wird|wurde|wurden|werden|ist|sind|waren)\\s)|"
                    // "(co-leads: A, B) The start-up…": a bracket closed before a new sentence the splitter could not see
                    + "\\)\\s+(?=\\p{Lu})|$)");
    private static final Pattern RUN_BY = Pattern.compile(
            "(?i)\\b(?:start-?up|company|firm|lab|team|business|developer|group|maker|unit|venture|government|country)\\s+(?:[\\w-]+\\s+)?$");
    /** A name right after a person's title ("Sogou founder Wang Xiaochuan") is a person. */
    private static final GuardedPattern PERSON_TITLE = GuardedPattern.of(
            "(?i)(?:chief executive|chief scientist|chief technology officer|chief financial officer|\\bceo|\\bcfo|\\bcto|founder|co-founder|chairman|chairwoman|president|"
                    + "billionaire|entrepreneur|investor|analyst|researcher|scientist|engineer|professor|minister|\\bmr\\.?|\\bms\\.?|\\bdr\\.?|run by|led by former|founded by(?: former)?)\\s*$",
            Guard.words("chief", "ceo", "cfo", "cto", "founder", "chairm", "chairw", "president", "billionaire", "entrepreneur", "investor",
                    "analyst", "researcher", "scientist", "engineer", "professor", "minister", "mr", "ms", "dr", "run by", "led by former",
                    "founded by"));

    static boolean isPerson(String clause, NameSpan n) {
        if (n.known()) return false;
        String before = clause.substring(Math.max(0, n.start() - 40), n.start());
        return PERSON_TITLE.find(before, Prefilter.foldNow(before));
    }

    private static final GuardedPattern LED_THE = GuardedPattern.of("(?i)\\b(?:co-led|led|leading|headed|spearheaded)\\s+(?:(?:the|this|its)\\s+(?:round|financing|funding|investment|deal|raise|series [a-z]\\b)|again\\b|it\\b|both\\b)"
            + "|(?iu)(?<![\\p{L}])(?:führte|führt|führten|führen)\\s+(?:die|diese)\\s+(?:\\S+\\s+)?(?:runde|finanzierungsrunde|finanzierung)\\s+an",
            Guard.words("led", "leading", "head", "führ"));
    private static final GuardedPattern WITH_LEADING = GuardedPattern.of("(?i)\\bwith\\s+([^,;]{2,60}?)\\s+(?:leading|co-leading)\\b",
            Guard.words("leading"));
    private static final GuardedPattern CO_LEADS = GuardedPattern.of(
            "(?i)\\bwith\\s+([^;]{2,120}?)\\s+(?:acting|serving)\\s+as\\s+(?:co-?leads?|lead investors?|co-lead investors?)",
            Guard.words("lead"));
    private static final GuardedPattern WOULD_LEAD = GuardedPattern.of(
            "(?i)\\b(?:that|with|and)?\\s*((?-i:[A-Z])[^,;]{1,60}?)\\s+(?:would|will|is expected to|are expected to|expected to|is set to|is to|to|is poised to|plans to)\\s+(?:co-)?lead\\b",
            Guard.words("lead"));
    private static final Pattern PARTICIPLE = Pattern.compile("(?u)(?<![\\p{L}])(?:angeführt|co-angeführt|geleitet|geführt|angeleitet)(?![\\p{L}])");
    /** "Die Runde führten General Catalyst und Lightspeed an": the leads stand between the verb and "an". */
    private static final GuardedPattern FUEHRTEN_AN = GuardedPattern.of(
            "(?u)(?<![\\p{L}])(?:führte|führten|führt|führen)\\s+([^.;]{2,80}?)\\s+an(?![\\p{L}])",
            Guard.wordsAsWritten("führ"));
    /** "mit General Catalyst als Lead-Investor", "Index Ventures war federführend": the name before the lead word. */
    private static final GuardedPattern ALS_LEAD = GuardedPattern.of(
            "(?u)((?-i:\\p{Lu})[^,;]{1,60}?)\\s+(?:als|war|ist|waren|sind|fungierte als|agierte als|trat als)\\s+(?:der\\s+)?(?:(?i)lead-?investor(?:en)?|hauptinvestor(?:en)?|leitinvestor(?:en)?|lead|co-lead|federführend)(?![\\p{L}])",
            Guard.words("lead", "investor", "federführend"));
    private static final Pattern LOWER_BRAND = Pattern.compile("\\b[a-z]+\\d+[a-z]+\\b");
    private static final GuardedPattern DASH_LED = GuardedPattern.of("((?:[A-Z][\\w&.']*\\s)*[A-Z][\\w&.']*)-led\\b",
            Guard.wordsAsWritten("-led"));
    private static final GuardedPattern CJK_LEAD_ZONE = GuardedPattern.of("由([^，,。；由]{2,30}?)(?:联合领投|共同领投|领投|領投)",
            Guard.wordsAsWritten("领投", "領投"));
    private static final GuardedPattern CJK_LEAD = GuardedPattern.of("(?:由)?([^，,。由未不没]{2,30}?)(?:联合领投|共同领投|领投|領投)(?!方|机构|人)",
            Guard.wordsAsWritten("领投", "領投"));

    private static final Pattern NEXT_VON = Pattern.compile("\\s*(?:von|vom)\\s");

    private InvestorExtractor() {
    }

    /** Zones of the clause that list investors ("led by ...", "with participation from ..."). */
    @SuppressWarnings("unchecked")
    public static List<Zone> zones(String clause) {
        if (Prefilter.off()) return findZones(clause);
        Object[] last = LAST_ZONES.get();
        if (clause.equals(last[0])) return (List<Zone>) last[1];
        List<Zone> out = java.util.Collections.unmodifiableList(findZones(clause));
        last[0] = clause;
        last[1] = out;
        return out;
    }

    /** The last clause whose zones were found and its zones, per thread: a clause is asked for them more than once. */
    private static final ThreadLocal<Object[]> LAST_ZONES = ThreadLocal.withInitial(() -> new Object[2]);

    private static List<Zone> findZones(String clause) {
        List<Zone> out = new ArrayList<>();
        String folded = Prefilter.fold(clause);
        addZones(out, clause, LEAD_BY.finder(clause, folded), true);
        addZones(out, clause, OTHER_ZONE.finder(clause, folded), false);
        GuardedPattern.Finder d = DASH_LED.finder(clause);
        while (d.find()) out.add(new Zone(d.start(1), d.end(), true));
        // "由IDG资本领投": the names between 由 and 领投 are investors
        GuardedPattern.Finder c = CJK_LEAD_ZONE.finder(clause);
        while (c.find()) if (!inZone(out, c.start(1))) out.add(new Zone(c.start(1), c.end(1), true));
        return out;
    }

    private static void addZones(List<Zone> out, String clause, GuardedPattern.Finder m, boolean lead) {
        while (m.find()) {
            // "the start-up led by Sogou founder Wang Xiaochuan": a company run by someone, not a round
            if (lead && RUN_BY.matcher(clause.substring(Math.max(0, m.start() - 40), m.start())).find()) continue;
            for (Zone z : out) if (z.contains(m.start())) return;
            Matcher e = ZONE_END.matcher(clause);
            int end = clause.length();
            if (e.find(m.end())) end = e.start();
            if (end <= m.end()) end = clause.length();
            if (clause.substring(0, m.start()).isBlank()) {
                // "Backed by Nvidia, Crusoe raised ...": an opening phrase ends at its comma
                int comma = clause.indexOf(',', m.end());
                // "Angeführt wird die Runde vom X, von Y und von Z": a repeated "von" continues the list
                while (comma > 0 && NEXT_VON.matcher(clause).region(comma + 1, clause.length()).lookingAt()) comma = clause.indexOf(',', comma + 1);
                if (comma > 0 && comma < end) end = comma;
            }
            if (lead) {
                // "von X angeführt": the German participle closes the list of leads
                Matcher part = PARTICIPLE.matcher(clause);
                if (part.find(m.end()) && part.start() < end) end = part.start();
            }
            out.add(new Zone(m.end(), end, lead));
        }
    }

    public static boolean inZone(List<Zone> zones, int pos) {
        for (Zone z : zones) if (z.contains(pos)) return true;
        return false;
    }

    /** The lead investors named in the clause, in order. */
    public static List<String> leads(String clause, List<NameSpan> names) {
        Set<String> out = new LinkedHashSet<>();
        String folded = Prefilter.fold(clause);
        for (Zone z : zones(clause)) {
            if (!z.lead()) continue;
            for (NameSpan n : names) {
                if (z.contains(n.start()) && !isPerson(clause, n) && !Places.isPlace(n.text())) {
                    out.add(n.canonical());
                }
            }
            // lower-case brand names such as "a16z" are not capitalised runs
            Matcher lc = LOWER_BRAND.matcher(clause.substring(z.start(), z.end()));
            while (lc.find()) out.add(lc.group());
        }
        GuardedPattern.Finder m = LED_THE.finder(clause, folded);
        while (m.find()) {
            // the names right before "led the round": "A and B co-led the round"
            int limit = m.start();
            List<NameSpan> before = new ArrayList<>();
            for (NameSpan n : names) if (n.end() <= limit) before.add(n);
            for (int i = before.size() - 1; i >= 0; i--) {
                NameSpan n = before.get(i);
                int gapEnd = i == before.size() - 1 ? limit : before.get(i + 1).start();
                String gap = clause.substring(n.end(), gapEnd);
                if (!gap.matches("\\s*(?:,|and|&|, and|,\\s*and|as well as)?\\s*(?:which|who)?\\s*(?:(?:is|are|was|were|has|have|had|also|jointly)\\s+)*")) break;
                out.add(n.canonical());
            }
        }
        GuardedPattern.Finder w = WITH_LEADING.finder(clause, folded);
        while (w.find()) {
            for (NameSpan n : names) if (n.start() >= w.start(1) && n.end() <= w.end(1)) out.add(n.canonical());
        }
        GuardedPattern.Finder co = CO_LEADS.finder(clause, folded);
        while (co.find()) {
            for (NameSpan n : names) if (n.start() >= co.start(1) && n.end() <= co.end(1)) out.add(n.canonical());
        }
        GuardedPattern.Finder fa = FUEHRTEN_AN.finder(clause);
        while (fa.find()) {
            for (NameSpan n : names) if (n.start() >= fa.start(1) && n.end() <= fa.end(1) && !isPerson(clause, n)) out.add(n.canonical());
        }
        GuardedPattern.Finder al = ALS_LEAD.finder(clause, folded);
        while (al.find()) {
            for (NameSpan n : names) {
                if (n.start() >= al.start(1) && n.end() <= al.end(1) && clause.substring(n.end(), al.end(1)).isBlank()) out.add(n.canonical());
            }
        }
        GuardedPattern.Finder wl = WOULD_LEAD.finder(clause, folded);
        while (wl.find()) {
            for (NameSpan n : names) if (n.start() >= wl.start(1) && n.end() <= wl.end(1)) out.add(n.canonical());
        }
        GuardedPattern.Finder dash = DASH_LED.finder(clause);
        while (dash.find()) {
            boolean any = false;
            for (NameSpan n : names) {
                if (n.start() >= dash.start(1) && n.end() <= dash.end(1)) {
                    out.add(n.canonical());
                    any = true;
                }
            }
            if (!any) out.add(dash.group(1));
        }
        GuardedPattern.Finder c = CJK_LEAD.finder(clause);
        while (c.find()) {
            boolean any = false;
            for (NameSpan n : names) {
                if (n.start() >= c.start(1) && n.end() <= c.end(1)) {
                    out.add(n.canonical());
                    any = true;
                }
            }
            if (!any) {
                for (String part : c.group(1).split("[、和及与]")) {
                    String p = part.replaceAll("^(?:由|本轮|此轮|融资)+", "").trim();
                    if (p.length() >= 2) out.add(p);
                }
            }
        }
        // "led by Sequoia, Bloomberg reported": an outlet is never an investor
        out.removeIf(l -> NameKinds.isOutlet(l.toLowerCase(java.util.Locale.ROOT), l));
        return new ArrayList<>(out);
    }
}
