package io.roundup.extract;

import io.roundup.company.CompanyRegistry;
import io.roundup.domain.Company;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds organisation names in a sentence: every registry name or alias (longest first), plus
 * capitalised word runs that look like names ("Mistral AI", "Thinking Machines Lab", "xAI",
 * "01.AI") once sentence-initial function words, months, places, titles and finance words are
 * trimmed off. A name directly followed by a bracketed alias ("YueZhiAnMian (Kimi)") keeps both.
 */
public final class CompanySpotter {

    /** A name in the text: its span, the text as written and the name to report. */
    public record NameSpan(int start, int end, String text, String canonical, boolean known) {
    }

    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{Lu}[\\p{IsLatin}0-9&'’.:\\-]*[\\p{IsLatin}0-9]|[a-z]{1,3}\\d+[a-z]+\\b|[A-Z]\\.(?=\\s[A-Z])|[A-Z]|[a-z]{1,3}[A-Z][A-Za-z0-9.]*[A-Za-z0-9]|\\d+\\.[A-Z][A-Za-z]*)");
    /** Runs of tokens, tried only where a token can start ({@link #mayStartToken}): most chars of running text cannot. */
    private static final GuardedPattern RUN = GuardedPattern.of(
            TOKEN.pattern() + "(?:(?:\\s|\\s&\\s|\\s(?:of|de|for)\\s)" + TOKEN.pattern() + ")*",
            Guard.ALWAYS, Prefilter.Tries.at(CompanySpotter::mayStartToken));
    private static final Pattern TICKERISH = Pattern.compile("^[A-Z]{0,6}[.:]?\\d{3,6}(?:\\.[A-Z]{1,2})?$|^\\d+$");

    static final Set<String> STOP = Set.copyOf(List.of(
            "The", "A", "An", "On", "In", "At", "By", "For", "From", "With", "Of", "To", "As", "And", "Or", "But", "Yet",
            "So", "If", "When", "While", "Since", "After", "Before", "During", "Under", "Over", "About", "Meanwhile",
            "However", "Moreover", "Also", "Here", "There", "This", "That", "These", "Those", "It", "Its", "It's",
            "Their", "They", "He", "She", "We", "I", "You", "Our", "His", "Her", "Just", "Even", "Still", "Now", "Then",
            "Given", "According", "Following", "Last", "Next", "Earlier", "Later", "Today", "Yesterday", "Tomorrow",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
            "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
            "U.S.", "U.S", "US", "USA", "UK", "U.K.", "EU", "China", "Chinese", "American", "Americans", "Hong", "Kong",
            "Japan", "Japanese", "Europe", "European", "France", "French", "Germany", "German", "India", "Indian",
            "Korea", "Korean", "Dutch", "Swedish", "Swiss", "Italian", "Spanish", "Finnish", "Norwegian", "Danish", "Irish", "Australian", "Brazilian", "Mexican", "Emirati", "Qatari", "Russian", "Ukrainian", "Polish", "Austrian", "Belgian", "Taiwanese", "Vietnamese", "Thai", "Malaysian", "Indonesian", "Spanish", "Portuguese", "Turkish", "Nigerian", "Kenyan", "Egyptian", "Western", "Northern", "Southern", "Eastern", "Singapore", "British", "Britain", "Wall", "Street", "Beijing",
            "Stock", "Exchange", "Market", "Board", "Nasdaq", "NYSE", "HKEX", "SEHK", "STAR", "BSE", "NSE", "LSE", "Rs", "Rs.", "ADS", "ADSs", "ADR", "ADRs", "TSX", "ASX", "SGX", "KOSDAQ", "KOSPI", "SIX", "AMEX", "IPO", "IPOs", "CEO", "CFO", "CTO",
            "COO", "Founder", "Co-founder", "President", "Chairman", "Chief", "Executive", "Officer", "Series", "Round",
            "Pre", "Seed", "Billion", "Million", "Trillion", "HK", "HK$", "US$", "RMB", "USD", "HKD", "CNY", "EUR", "GDP",
            "AGI", "LLM", "LLMs", "GPU", "GPUs", "TPU", "Mr", "Mr.", "Ms", "Ms.", "Dr", "Dr.", "Both", "All", "Some",
            "Many", "Most", "Other", "Others", "Another", "Each", "Every", "No", "Not", "New", "Why", "What", "How",
            "Who", "Which", "Where", "Although", "Though", "Because", "Despite", "Unlike", "Like", "Among", "Amid",
            "Including", "Such", "Only", "First", "Second", "Third", "Finally", "Overall", "Notably", "Recently",
            "Currently", "Previously", "Additionally", "Furthermore", "Thus", "Therefore", "Instead", "Indeed",
            "Solemnly", "Source", "Sources", "Report", "Reports", "Media", "Rumours", "Rumors", "Filings", "Photo", "Reporting", "Editing", "Read", "More", "Related", "Update",
            "Updated", "Breaking", "Exclusive", "Investors", "Analysts", "Shares", "Reuters", "Bloomberg", "Once",
            "Is", "Are", "Was", "Were", "Has", "Have", "Had", "Will", "Would", "Could", "Should", "Can", "Do", "Does",
            "Did", "Its", "Large", "Chinese-language", "Asia", "Asian", "Middle", "East", "Saudi", "Arabia", "Abu",
            "Dhabi", "UAE", "Dubai", "Canada", "Canadian", "Israel", "Israeli", "Paris", "London", "Berlin",
            "Munich", "York", "New York", "San Francisco", "Francisco", "San", "Los", "Angeles", "Santa", "Clara", "Tel", "Aviv", "Austin",
            "Boston", "Seattle", "Chicago", "Denver", "Miami", "Atlanta", "Dallas", "Houston", "Washington", "Bengaluru", "Delhi",
            "Osaka", "Guangzhou", "Wuhan", "Chengdu", "Nanjing", "Suzhou", "Zurich", "Helsinki", "Oslo", "Copenhagen", "Vienna", "Warsaw", "Palo", "Alto", "Seoul", "Mumbai", "Bangalore", "Toronto", "Montreal", "Stockholm", "Zurich", "Amsterdam", "Dublin", "Madrid", "Milan", "Rome", "Sydney", "Shenzhen", "Shanghai", "Hangzhou", "Tokyo", "Taiwan", "Q1", "Q2", "Q3", "Q4", "H1", "H2", "AI",
            "Artificial", "Intelligence", "Much", "Part", "Half", "Terms", "Details", "Neither", "Either", "Tech", "Magnificent", "S-1", "F-1", "Form", "Chance", "Having", "You're", "We're", "They're", "I'm", "Let's", "Don't", "New Release", "Release", "Still", "Not", "Seven", "Six", "Little", "Dragons",
            "Tigers", "Inc", "Inc.", "Ltd", "Ltd.", "Corp", "Corp.", "Co", "Co.", "Ordinary", "Class", "H-share", "H-shares",
            "Prospectus", "Global", "Offering", "Public", "Initial", "Press", "Release", "Government", "State",
            "Council", "Ministry", "Commission", "Securities", "Regulatory", "SEC", "CSRC", "Time", "Beijing time",
            "Co-led", "Led", "Per", "Share", "Fund", "Funding", "Venture", "Capital"));

    /** Tokens that may end a name ("Mistral AI", "Thinking Machines Lab") though they are stop words alone. */
    private static final Set<String> SUFFIX_OK = Set.of("AI", "Inc", "Inc.", "Ltd", "Ltd.", "Corp", "Corp.", "Co.",
            "Capital", "Venture", "Ventures", "Fund", "Technology", "Technologies", "Group", "Holdings", "Labs", "Lab",
            "Intelligence", "Global", "Partners", "Management", "Investments", "Securities", "Exchange", "Tech");

    /** "Highland Europe", "Sequoia China", "Index Ventures": a region closing a name is part of it. */
    private static final Set<String> REGION_SUFFIX = Set.of("Europe", "Asia", "China", "America", "Japan", "India", "Korea");

    /** "Kestrel Partners-led", "Paris-based": the stem before the dash, and the name ends there. */
    static final Pattern DASH_SUFFIX = Pattern.compile("(.*?)-(?:based|backed|led|owned|founded|headquartered|focused|born|listed|made|run|controlled|affiliated|linked|headed|anchored)");

    private static final Pattern INITIAL = Pattern.compile("[A-Z]\\.?");
    private static final Pattern INITIALS_END = Pattern.compile(".*\\b[A-Z]\\.[A-Z]\\.$");

    private final CompanyRegistry registry;
    private final List<String> registryNames;

    public CompanySpotter(CompanyRegistry registry) {
        this.registry = registry == null ? CompanyRegistry.empty() : registry;
        List<String> names = new ArrayList<>();
        for (String n : this.registry.allNames()) {
            if (n.length() < 2 || TICKERISH.matcher(n).matches()) continue;
            names.add(n);
        }
        this.registryNames = names;
    }

    /** Registry answers by name: the registry never changes, and the same names come up sentence after sentence. */
    private final java.util.concurrent.ConcurrentHashMap<String, Optional<Company>> lookups = new java.util.concurrent.ConcurrentHashMap<>();

    /** {@code registry.find(name)}, remembered (the memory is dropped when it grows large). */
    private Optional<Company> lookup(String name) {
        if (name == null) return registry.find(null);
        Optional<Company> hit = lookups.get(name);
        if (hit == null) {
            hit = registry.find(name);
            if (lookups.size() >= 20_000) lookups.clear();
            lookups.put(name, hit);
        }
        return hit;
    }

    /** The name to report: the registry's canonical name when it knows the name, else the text. */
    public String canonical(String name) {
        Optional<String> c = lookup(name).map(Company::name);
        if (c.isPresent()) return c.get();
        return bracketCanonical(name);
    }

    /** A name found by a heuristic, with its canonical name and whether the registry knows it (one registry lookup). */
    private NameSpan span(int start, int end, String name) {
        Optional<Company> hit = lookup(name);
        return new NameSpan(start, end, name, hit.isPresent() ? hit.get().name() : bracketCanonical(name), hit.isPresent());
    }

    /** "YueZhiAnMian (Kimi)" not in the registry itself: the canonical name of either part, else the text. */
    private String bracketCanonical(String name) {
        int b = name.indexOf(" (");
        if (b > 0 && name.endsWith(")")) {
            Optional<String> c1 = lookup(name.substring(0, b)).map(Company::name);
            if (c1.isPresent()) return c1.get();
            Optional<String> c2 = lookup(name.substring(b + 2, name.length() - 1)).map(Company::name);
            if (c2.isPresent()) return c2.get();
        }
        return name;
    }

    public boolean known(String name) {
        return !canonical(name).equals(name) || lookup(name).isPresent();
    }

    /** All names in {@code text}, in order, non-overlapping. */
    public List<NameSpan> find(String text) {
        List<NameSpan> out = new ArrayList<>();
        for (String n : registryNames) {
            int from = 0;
            while (true) {
                int i = text.indexOf(n, from);
                if (i < 0) break;
                int e = i + n.length();
                from = i + 1;
                if (!boundary(text, i, e, n)) continue;
                if (overlaps(out, i, e)) continue;
                out.add(new NameSpan(i, e, n, canonical(n), true));
            }
        }
        boolean german = GermanNouns.isGerman(text);
        for (int[] r : runs(text)) addHeuristic(out, text, r[0], text.substring(r[0], r[1]), german);
        HanNameSpotter.add(out, text, this::span);
        if (german) out.removeIf(n -> !n.known() && GermanNouns.commonNoun(text, n.start(), n.text()));
        out.sort(Comparator.comparingInt(NameSpan::start));
        return attachBracketAliases(text, out);
    }

    /** The runs of name-like tokens, as RUN.find() gives them. */
    static List<int[]> runs(String text) {
        List<int[]> out = new ArrayList<>();
        GuardedPattern.Finder m = RUN.finder(text);
        while (m.find()) out.add(new int[] {m.start(), m.end()});
        return out;
    }

    /**
     * Whether a TOKEN can start at i: a capital (\p{Lu}); one to three of a-z followed by a digit or A-Z
     * ("xAI", "a16z"); or digits, a dot and A-Z ("01.AI"). Most chars of running text are none of these.
     */
    static boolean mayStartToken(String s, int i) {
        char c = s.charAt(i);
        int n = s.length();
        if (c >= 'a' && c <= 'z') {
            int k = 1;
            while (k < 4 && i + k < n && s.charAt(i + k) >= 'a' && s.charAt(i + k) <= 'z') k++;
            if (k == 4 || i + k >= n) return false;
            char next = s.charAt(i + k);
            return next >= '0' && next <= '9' || next >= 'A' && next <= 'Z';
        }
        if (c >= '0' && c <= '9') {
            int j = i + 1;
            while (j < n && s.charAt(j) >= '0' && s.charAt(j) <= '9') j++;
            return j + 1 < n && s.charAt(j) == '.' && s.charAt(j + 1) >= 'A' && s.charAt(j + 1) <= 'Z';
        }
        if (c < 0x80) return c >= 'A' && c <= 'Z';
        return Character.getType(s.codePointAt(i)) == Character.UPPERCASE_LETTER;
    }

    private void addHeuristic(List<NameSpan> out, String text, int start, String run, boolean german) {
        // split the run into tokens, trim stop words at the front, cut at the first stop word after
        List<int[]> toks = new ArrayList<>();
        Matcher t = TOKEN.matcher(run);
        while (t.find()) toks.add(new int[]{t.start(), t.end()});
        int i = 0;
        if (german) {
            // "Heidelberger KI-Unternehmen Aleph Alpha", "Elon Musks KI-Firma xAI": the name follows the descriptor
            for (int k = toks.size() - 2; k >= 0; k--) {
                String w = clean(run.substring(toks.get(k)[0], toks.get(k)[1]));
                if (GermanNouns.descriptor(w) || GermanNouns.STOP.contains(w)) {
                    i = k + 1;
                    break;
                }
            }
        }
        while (i < toks.size() && isStop(run.substring(toks.get(i)[0], toks.get(i)[1]), true)) {
            // "Quantum Systems", "Mobility Labs": a sector word before a name's generic last word is the name's first word
            if (i + 2 == toks.size() && SECTOR_PREFIX.contains(clean(run.substring(toks.get(i)[0], toks.get(i)[1])))
                    && GENERIC_LAST.contains(clean(run.substring(toks.get(i + 1)[0], toks.get(i + 1)[1])))) break;
            i++;
        }
        if (i >= toks.size()) return;
        if (afterSeries(text, start + toks.get(i)[0], run.substring(toks.get(i)[0], toks.get(i)[1]))) {
            // "a Series C for Klar": the letter is the round's, a name may follow its preposition
            i++;
            while (i < toks.size() && Character.isLowerCase(run.charAt(toks.get(i)[0]))) i++;
            if (i >= toks.size()) return;
        }
        int j = i + 1;
        while (j < toks.size()) {
            String prev = run.substring(toks.get(j - 1)[0], toks.get(j - 1)[1]);
            if (prev.endsWith("'s") || prev.endsWith("’s")) {
                // "Braun's Ithaca Holdings": the possessor is one name, what follows another
                addHeuristic(out, text, start + toks.get(j)[0], run.substring(toks.get(j)[0]), german);
                break;
            }
            String w = clean(run.substring(toks.get(j)[0], toks.get(j)[1]));
            if (w.indexOf('-') >= 0 && DASH_SUFFIX.matcher(w).matches()) {
                j++;
                // "Mountain View-based Applied Intuition": the modifier ends one name, the company's follows
                if (j < toks.size()) addHeuristic(out, text, start + toks.get(j)[0], run.substring(toks.get(j)[0]), german);
                break;
            }
            // "Innovation Park Artificial Intelligence", "Allen Institute for Artificial Intelligence": inside a name the pair is part of it
            boolean aiPair = w.equals("Artificial") && j + 1 < toks.size()
                    && clean(run.substring(toks.get(j + 1)[0], toks.get(j + 1)[1])).equals("Intelligence");
            if (isStop(w, false) && !aiPair) break;
            j++;
        }
        int s = start + toks.get(i)[0];
        int e = start + toks.get(j - 1)[1];
        String span = text.substring(s, e);
        if (span.indexOf('-') >= 0) {
            // "Kestrel Partners-led": the name ends before the dash (no dash, no suffix: the pattern is not run)
            Matcher dash = DASH_SUFFIX.matcher(span);
            if (dash.matches()) e = s + dash.end(1);
        }
        String name = text.substring(s, e);
        // possessive and trailing punctuation
        String cleaned = clean(name);
        e = s + cleaned.length();
        if (cleaned.length() < 2 || !cleaned.chars().anyMatch(Character::isLetter)) return;
        if (INITIAL.matcher(cleaned).matches()) return;
        if (e < text.length() && (text.charAt(e) == '轮' || text.charAt(e) == '輪') && cleaned.matches("(?:Pre-)?[A-Z]\\+?\\d?|Pre-IPO")) return;
        if (TICKERISH.matcher(cleaned).matches()) return;
        if (overlaps(out, s, e)) {
            // a registry hit inside a longer capitalised run ("Mistral AI SAS"): keep the registry one
            return;
        }
        out.add(span(s, e, cleaned));
    }


    private static String clean(String w) {
        String s = w;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String suf : new String[]{"'s", "’s", "'", "’", ".", ",", "-"}) {
                if (s.endsWith(suf) && !s.endsWith("Inc.") && !s.endsWith("Co.") && !s.endsWith("Corp.")
                        && !s.endsWith("Ltd.") && !INITIALS_END.matcher(s).matches()) {
                    s = s.substring(0, s.length() - suf.length());
                    changed = true;
                }
            }
        }
        return s;
    }

    private static final Pattern SERIES_BEFORE = Pattern.compile("(?i)\\bseries\\s$");

    /** Whether {@code token} at {@code at} is the letter of a round: "Series C", "Series B2". */
    private static boolean afterSeries(String text, int at, String token) {
        return token.length() <= 3 && token.matches("[A-Z]\\+?\\d?") && SERIES_BEFORE.matcher(text.substring(Math.max(0, at - 7), at)).find();
    }

    /** Last words that need a first word to be a name: "Systems" alone names no company. */
    private static final Set<String> GENERIC_LAST = Set.of("Systems", "Labs", "Lab", "Technologies", "Technology", "Robotics", "Computing",
            "Machines", "Dynamics", "Networks", "Solutions", "Industries", "Energy", "Motion", "Works", "House", "AI", "Bank");

    /** Sector words written before a name as its description ("Fintech Lumio", "Healthtech startup Pallas"). */
    private static final Set<String> SECTOR_PREFIX = Set.of("Fintech", "FinTech", "Healthtech", "HealthTech", "Biotech", "Edtech", "EdTech",
            "Proptech", "PropTech", "Insurtech", "InsurTech", "Legaltech", "LegalTech", "Medtech", "MedTech", "Deeptech", "DeepTech", "Cleantech",
            "Climatetech", "ClimateTech", "Agtech", "AgTech", "Foodtech", "FoodTech", "Regtech", "RegTech", "Govtech", "GovTech", "Adtech",
            "AdTech", "Martech", "MarTech", "Cybersecurity", "E-commerce", "Chipmaker", "Chip-maker", "Startup", "Start-up", "Unicorn",
            "Decacorn", "Neobank", "Crypto", "Defence", "Defense", "Spacetech", "SpaceTech", "Mobility", "Logistics", "Quantum");

    private static boolean isStop(String token, boolean leading) {
        String w = clean(token);
        if (GermanNouns.STOP.contains(w) || leading && GermanNouns.descriptor(w)) return true;
        if (leading && SECTOR_PREFIX.contains(w)) return true;
        if (leading && w.indexOf('-') >= 0 && DASH_SUFFIX.matcher(w).matches()) return true;
        if (!leading && (SUFFIX_OK.contains(w) || REGION_SUFFIX.contains(w))) return false;
        return STOP.contains(w) || STOP.contains(token);
    }

    private List<NameSpan> attachBracketAliases(String text, List<NameSpan> spans) {
        List<NameSpan> out = new ArrayList<>();
        for (int k = 0; k < spans.size(); k++) {
            NameSpan a = spans.get(k);
            if (k + 1 < spans.size()) {
                NameSpan b = spans.get(k + 1);
                String between = text.substring(a.end(), b.start());
                if ((between.equals(" (") || between.equals("(") || between.equals(" （") || between.equals("（"))
                        && b.end() < text.length() && (text.charAt(b.end()) == ')' || text.charAt(b.end()) == '）')
                        // "Neura Robotics (Metzingen)": a seat in brackets is no second name
                        && !Places.isPlace(b.text())) {
                    String joined = a.text() + " (" + b.text() + ")";
                    String canon = a.known() ? a.canonical() : b.known() ? b.canonical() : joined;
                    out.add(new NameSpan(a.start(), b.end() + 1, joined, canon, a.known() || b.known()));
                    k++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    private static boolean boundary(String text, int s, int e, String name) {
        boolean latinStart = Character.isLetterOrDigit(name.charAt(0)) && name.charAt(0) < 0x2E80;
        boolean latinEnd = Character.isLetterOrDigit(name.charAt(name.length() - 1)) && name.charAt(name.length() - 1) < 0x2E80;
        if (latinStart && s > 0 && Character.isLetterOrDigit(text.charAt(s - 1))) return false;
        if (latinEnd && e < text.length() && Character.isLetterOrDigit(text.charAt(e))) return false;
        // "Scale" in "large-scale": a hyphen glued before the name is a word part
        if (latinStart && s > 0 && text.charAt(s - 1) == '-') return false;
        return true;
    }

    static boolean overlaps(List<NameSpan> spans, int s, int e) {
        for (NameSpan sp : spans) if (s < sp.end() && sp.start() < e) return true;
        return false;
    }
}
