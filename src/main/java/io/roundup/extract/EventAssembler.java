package io.roundup.extract;

import io.roundup.domain.EventStatus;
import io.roundup.domain.EventType;
import io.roundup.domain.Money;
import io.roundup.extract.AmountRoles.RoledMoney;
import io.roundup.extract.CompanySpotter.NameSpan;
import io.roundup.extract.InvestorExtractor.Zone;
import io.roundup.extract.TriggerLexicon.Trigger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the events of one sentence. The sentence is cut into clauses (";", ", while", ", whereas");
 * in each clause every trigger is tied to its company (the nearest name before it that is not in an
 * investor list; for an acquisition the name after "acquire", or before "acquired by"), and the
 * clause is cut into one segment per company, so figures, dates and status words go to the
 * company whose segment they sit in.
 */
final class EventAssembler {

    /** What the assembler remembers between sentences of one document. */
    static final class Context {
        final DateResolver dates;
        LocalDate anchor;
        Draft focus;
        /** The organisation the last sentence that named one named first, for "这家公司" (this company). */
        final List<String> readTexts = new ArrayList<>();
        /** The last sentence read when it told no event: the company it opens with may be "it" in the next. */
        String openingText;
        /** The company {@code openingFor} opens with, once asked. */
        String openingFor;
        String opening;
        /** {@link #lastNamed} as found when {@code readTexts} had this many sentences (it is asked for often). */
        int lastNamedAt = -1;
        String lastNamed;

        /** Names of the document with more than one word, for {@link EventAssembler#fullName}: built when first asked. */
        Set<String> fullNames;
        /** The paragraph of the sentence read last. */
        int paragraph = -1;
        final Map<String, ExchangeTicker.Ticker> tickers = new HashMap<>();
        final Map<String, String> aliases = new HashMap<>();
        ExchangeTicker.Ticker looseTicker;
        /** The company the last financing clause was about, even when it told too little to make an event. */
        String lastSubject;
        /** Companies whose IPO the document has told so far, as named there. */
        final Set<String> ipoCompanies = new HashSet<>();
        /** Every Chinese name the document spelled, to prefer the short form ("摩尔线程" over "摩尔线程智能科技"). */
        final Set<String> hanNames = new HashSet<>();
        /** Chinese legal names the document spelled ("深圳市云鲸智能科技有限公司"): reported with the trade name found. */
        final List<String> legalNames = new ArrayList<>();
        /** The first company named in the clauses of the sentence read so far (the topic of a Chinese clause chain). */
        String clauseTopic;
        /** Clauses of the sentence before the current one whose names were not needed yet: the topic may be in them. */
        final List<String> topicPending = new ArrayList<>();
        /** Names and triggers of the texts of this document: both depend on the text only and are asked for more than once. */
        final Map<String, List<NameSpan>> names = new HashMap<>();
        /** Kinds of the names of a text, by the name's start: see {@link EventAssembler#kind}. */
        final Map<String, Map<Integer, NameKinds.Kind>> kinds = new HashMap<>();
        /** The document's Chinese names, longest first, once every sentence was scanned. */
        List<String> documentNames;
        /** Names of texts once every sentence was scanned: with the document's Chinese names added. */
        final Map<String, List<NameSpan>> namesWithDocument = new HashMap<>();
        /** Whether every sentence of the document was scanned. */
        boolean scanned;
        final Map<String, List<Trigger>> triggers = new HashMap<>();

        Context(DateResolver dates) {
            this.dates = dates;
        }
    }

    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            ";|；|,\\s+(?=(?:and\\s+)?then\\s+[a-z])|,\\s+while\\s+|,\\s+whereas\\s+|\\s+while\\s+(?=[A-Z])|,\\s+but\\s+|,\\s+and\\s+(?=[A-Z][\\w.]*\\s+(?:has|have|had|is|was|raised|secured|closed|completed|announced|said|plans|will|also)\\b)"
                    // "X于2023年4月完成A轮融资，同年7月完成B轮融资": a Chinese comma before another completed round
                    + "|，(?=[^，。；]{0,14}?(?:完成|获得|获|再获|又获)[^，。；]{0,12}?[\\d一二两三四五六七八九十][^，。；]{0,8}?(?:元|美元|港元|欧元|日元))");
    private static final Pattern PRONOUN_START = Pattern.compile(
            "(?i)^\\s*(?:[^,]{0,40},\\s*)?(?:it|the (?:company|startup|start-up|firm|group|developer|maker|lab|round|deal|financing|funding|investment|ipo|offering|listing|transaction)|its|this|the new funding|the latest round|the (?:stock|shares|company's shares)|the (?:[A-Z][\\w.-]*\\s+){1,3}(?:maker|developer|creator|owner|parent|operator|start-?up|company|firm|group|lab))\\b|^\\s*(?:公司|该公司|其|此前|随后|本轮|此轮|该轮|这轮|本次|此次)"
                    + "|^\\s*这家|"
                    + "(?u)^\\s*(?:[^,]{0,40},\\s*)?(?:Das (?:Unternehmen|Start-up|Startup|Jungunternehmen)|Die (?:Firma|Runde|Finanzierung|Finanzierungsrunde|Bewertung)|Es|Sie|Damit|Dabei|Mit der Runde|Mit der Finanzierung|Nach der Runde)(?![\\p{L}])");

    /** A word before a trigger that refers to a company told before: "it", "its", "the company", "das Unternehmen". */
    private static final Pattern REFERS_BACK = Pattern.compile(
            "(?i)\\b(?:it|its|this|that (?:round|deal|raise|financing|offering|investment)|the series [a-z]\\b|the (?:[\\w.-]+\\s+){0,3}?(?:company|startup|start-up|firm|group|developer|maker|chipmaker|carmaker|lab|business|designer|"
                    + "provider|platform|unicorn|operator|specialist|creator|owner|parent|round|deal|financing|funding|investment|ipo|offering|listing|transaction))\\b"
                    + "|(?iu)(?<![\\p{L}])(?:das (?:unternehmen|start-up|startup|ipo|angebot)|die (?:firma|runde|finanzierung\\p{L}*|übernahme|transaktion|emission)|"
                    + "der (?:börsengang|deal|konzern|kauf)|die (?:series|serie) [a-z]|die \\p{L}*-?runde|es|sie)(?![\\p{L}])");
    /** "Figure remains…", "Helsing — Europe's answer to Anduril.": a paragraph that opens by naming its company. */
    private static final Pattern PARAGRAPH_HEAD = Pattern.compile(
            "^\\s*(?:[—–-]\\s+|:\\s+|\\([^)]{1,40}\\)\\s*(?:[.:—–-]|$)|\\s+(?:remains|has become|makes|builds|develops|sells|runs|operates)\\b|\\s+(?:is|was)\\s+(?:the|a|an|one|now|still|also|another|among)\\b|,\\s+(?:which|a|an|the)\\b)");

    private static final Pattern PERSON_JOIN = Pattern.compile("\\s*(?:,|,?\\s+and|,?\\s+und|、|和)\\s*");
    /** A clause that starts with a lower-case verb after "then": it has no subject of its own. */
    private static final Pattern VERB_FIRST = Pattern.compile("^\\s*(?:and\\s+)?then\\s+[a-z]");
    private static final Pattern BRACKETED = Pattern.compile("\\(.*?\\)");
    private static final Pattern NON_WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern MONEY_WORD_BEFORE = Pattern.compile("(?is).*\\b(?:finanzierung\\p{L}*|\\p{L}*runde|kapital|geld)\\b.*");
    private static final Pattern MONEY_WORD_AFTER = Pattern.compile("(?is)\\s*(?:\\w+\\s+){0,3}?(?:funds|capital|money|cash|financing|funding|round|series)\\b.*");
    private static final Pattern SUBJECT_GAP = Pattern.compile("\\s*(?:of|for|in|by|at)?\\s*(?:the\\s+)?(?:[a-z-]+\\s+){0,3}?");
    private static final Pattern SUBJECT_GAP_OF = Pattern.compile(".{0,40}?\\b(?:of|for|in)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}");
    private static final Pattern ANY_DIGIT_LINE = Pattern.compile(".*\\d.*");

    private final CompanySpotter spotter;

    EventAssembler(CompanySpotter spotter) {
        this.spotter = spotter;
    }

    /** Records tickers written right after a name ("Zhipu (02513.HK)") and bracket aliases. */
    void scan(String sentence, Context ctx) {
        // what is recorded needs a ticker (a bracket or a ticker word), a bracket alias or a Chinese name
        boolean cjk = Prefilter.hasCjk(sentence);
        if (!cjk && !ExchangeTicker.mayHoldTicker(sentence)) return;
        ExchangeTicker.Ticker loose = ExchangeTicker.tickerAt(sentence, 0);
        if (loose != null && ctx.looseTicker == null) {
            boolean named = false;
            for (NameSpan n : names(sentence, ctx)) if (n.end() <= loose.start() && loose.start() - n.end() <= 2) named = true;
            if (!named) ctx.looseTicker = loose;
        }
        Matcher legal = LEGAL_NAME.matcher(sentence);
        while (cjk && legal.find()) if (!ctx.legalNames.contains(legal.group())) ctx.legalNames.add(legal.group());
        Matcher shortName = SHORT_NAME.matcher(sentence);
        while (cjk && shortName.find()) {
            // "摩尔线程智能科技（北京）股份有限公司（以下简称“摩尔线程”）": the short name is the one used
            ctx.hanNames.add(shortName.group(1));
        }
        for (NameSpan n : names(sentence, ctx)) {
            if (isHan(n.text())) ctx.hanNames.add(n.text());
            String name = resolveAlias(n.canonical(), ctx);
            ExchangeTicker.Ticker t = ExchangeTicker.tickerAt(sentence, n.end());
            if (t != null && t.start() - n.end() > 2) t = null;
            if (t != null && t.start() - n.end() <= 2) ctx.tickers.putIfAbsent(key(name), t);
            int b = n.text().indexOf(" (");
            if (b > 0 && !n.known()) {
                String joined = n.canonical();
                ctx.aliases.putIfAbsent(key(n.text().substring(0, b)), joined);
                ctx.aliases.putIfAbsent(key(n.text().substring(b + 2, n.text().length() - 1)), joined);
            }
        }
    }

    /**
     * The future flag for the dates of {@code text}, asked only where the resolver reads it (a weekday):
     * the same answer for every caller, so the resolver's memory of the last text serves them all.
     */
    private static boolean future(String text) {
        return DateResolver.readsFuture(text) && StatusLexicon.isFuture(text);
    }

    /** The names of a text, found once per document. */
    private List<NameSpan> names(String text, Context ctx) {
        Map<String, List<NameSpan>> cache = ctx.scanned ? ctx.namesWithDocument : ctx.names;
        List<NameSpan> n = cache.get(text);
        if (n == null) {
            // the spotter runs once per text; after the scan only the document's names are added
            List<NameSpan> found = ctx.scanned ? ctx.names.get(text) : null;
            if (found == null) found = spotter.find(text);
            if (ctx.scanned) found = withDocumentNames(text, found, ctx);
            n = Collections.unmodifiableList(found);
            cache.put(text, n);
        }
        return n;
    }

    /**
     * A Chinese name the document established elsewhere (before a verb, with a stock code, as a legal or short name) is
     * a name wherever it stands: "认购零跑汽车约20%的股份" names the company though no verb follows it there.
     */
    private List<NameSpan> withDocumentNames(String text, List<NameSpan> found, Context ctx) {
        if (ctx.hanNames.isEmpty() || !Prefilter.hasCjk(text)) return found;
        if (ctx.documentNames == null) {
            ctx.documentNames = new ArrayList<>();
            for (String name : ctx.hanNames) if (name.length() >= 2 && !HanNames.isFragment(name)) ctx.documentNames.add(name);
            ctx.documentNames.sort(Comparator.comparingInt(String::length).reversed());
        }
        List<NameSpan> out = new ArrayList<>(found);
        for (String name : ctx.documentNames) {
            for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
                int s = i, e = i + name.length();
                boolean overlaps = false;
                for (NameSpan o : out) if (s < o.end() && o.start() < e) overlaps = true;
                if (!overlaps) out.add(new NameSpan(s, e, name, spotter.canonical(name), spotter.known(name)));
            }
        }
        if (out.size() == found.size()) return found;
        out.sort(Comparator.comparingInt(NameSpan::start));
        return out;
    }

    /** The triggers of a text, found once per document (a one-clause sentence is asked for twice). */
    private static List<Trigger> triggers(String text, Context ctx) {
        List<Trigger> t = ctx.triggers.get(text);
        if (t == null) {
            t = Collections.unmodifiableList(TriggerLexicon.find(text));
            ctx.triggers.put(text, t);
        }
        return t;
    }

    /** A Chinese company's registered name: Han characters (a seat in brackets allowed) ending in its legal form. */
    private static final Pattern LEGAL_NAME = Pattern.compile(
            "[\\p{IsHan}]{2,16}?(?:[（(][\\p{IsHan}]{2,4}[)）])?(?:股份有限公司|有限责任公司|有限公司)");

    /**
     * The registered name the document gave for a company it otherwise calls by its trade name, as "深圳市云鲸智能科技有限公司
     * (云鲸)"; the name itself when the document gave none.
     */
    static String withLegalName(String name, Context ctx) {
        if (name == null || ctx.legalNames.isEmpty() || !isHan(name) || name.length() < 2) return name;
        for (String legal : ctx.legalNames) {
            int at = legal.indexOf(name);
            // the trade name within the registered one, after at most a seat ("深圳市"), before industry and legal form
            if (at >= 0 && at <= 4 && !legal.equals(name)) return legal + " (" + name + ")";
        }
        return name;
    }

    private static final Pattern SHORT_NAME = Pattern.compile("(?:以下简称|以下簡稱|下称|简称|簡稱)\\s*[“\"「『]([^”\"」』]{2,12})[”\"」』]");

    static boolean isHan(String s) {
        return s != null && !s.isEmpty() && s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /**
     * A Chinese name with the shortest name of the document that starts it, as "灵犀机器人 (灵犀)": the text calls the
     * company both ways, so both are reported (the short one alone when the long one is only a legal form).
     */
    static String shortHanName(String name, Context ctx) {
        if (!isHan(name)) return name;
        String best = name;
        for (String n : ctx.hanNames) if (n.length() >= 2 && n.length() < best.length() && name.startsWith(n)) best = n;
        if (best.equals(name)) return name;
        return name + " (" + best + ")";
    }

    /** Last words of an investor's name: a company's full name does not end like this. */
    private static final Pattern INVESTOR_END = Pattern.compile("(?i).*\\b(?:ventures?|capital|partners|funds?|investments?|management|holdings?|group|advisors)$");

    /**
     * The fullest form of a name the document gives ("Proxima" told after "Proxima Fusion"): a longer name of the
     * document that starts with all the words of this one and does not end like an investor's.
     */
    static String fullName(String company, Context ctx) {
        if (company == null || isHan(company) || company.indexOf('(') >= 0) return company;
        if (ctx.fullNames == null) {
            // the longer names of the document, found once
            ctx.fullNames = new HashSet<>();
            List<List<NameSpan>> all = new ArrayList<>(ctx.names.values());
            all.addAll(ctx.namesWithDocument.values());
            for (List<NameSpan> spans : all) {
                for (NameSpan n : spans) {
                    String c = n.canonical();
                    if (c.indexOf(' ') > 0 && c.indexOf('(') < 0 && !INVESTOR_END.matcher(c).matches()) ctx.fullNames.add(c);
                }
            }
        }
        String best = company;
        for (String c : ctx.fullNames) {
            if (c.length() > best.length() && c.startsWith(company + " ") && sameCompany(c, company)) best = c;
        }
        return best;
    }

    /** "Moonshot" and "Moonshot AI": one name is the start of the other. */
    static boolean sameCompany(String a, String b) {
        if (a == null || b == null) return false;
        String x = key(a), y = key(b);
        if (x.isEmpty() || y.isEmpty()) return false;
        if (x.equals(y)) return true;
        if (isHan(x) && isHan(y) && Math.min(x.length(), y.length()) >= 2 && (x.startsWith(y) || y.startsWith(x))) return true;
        String[] ta = words(a), tb = words(b);
        String[] shorter = ta.length <= tb.length ? ta : tb, longer = ta.length <= tb.length ? tb : ta;
        if (shorter.length == 0 || shorter.length == longer.length) return false;
        for (int i = 0; i < shorter.length; i++) if (!shorter[i].equals(longer[i])) return false;
        return true;
    }

    private static String[] words(String name) {
        String s = NON_WORDS.matcher(BRACKETED.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" ")).replaceAll(" ").trim();
        return s.isEmpty() ? new String[0] : s.split(" ");
    }

    static String key(String name) {
        return name == null ? "" : NON_WORD.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static String resolveAlias(String name, Context ctx) {
        return ctx.aliases.getOrDefault(key(name), name);
    }

    /** "BEIJING, July 26, 2024 (ChinaVC News) — ": a dateline gives the publication day, not the event's. */
    static final Pattern DATELINE = Pattern.compile(
            "^(?:[A-Z][A-Za-z .'-]{1,30},\\s+)?(?:[A-Z][a-z]{2,8}\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{1,2} [A-Z][a-z]{2,8} \\d{4}|\\d{4}-\\d{2}-\\d{2})"
                    + "\\s*(?:\\([^)]{1,40}\\)|/[^/]{1,40}/)?\\s*(?:—|–|--|-|:)\\s*");

    List<Draft> assemble(SentenceSplitter.Sentence sentence, Context ctx) {
        ctx.scanned = true;
        String original = sentence.text();
        if (sentence.paragraph() != ctx.paragraph) {
            ctx.paragraph = sentence.paragraph();
            String head = paragraphCompany(original, ctx);
            if (head != null) ctx.lastSubject = head;
        }
        Matcher dl = DATELINE.matcher(original);
        String text = dl.find() ? original.substring(dl.end()) : original;
        List<Draft> out = new ArrayList<>();
        boolean question = text.endsWith("?") || text.endsWith("?)") || text.endsWith("？") || isHeadline(text);
        // the sentence's dates are found once: its day, and its last day as the anchor of the next sentence
        List<DateResolver.DateSpan> dates = ctx.dates.findAll(text, ctx.anchor, future(text));
        LocalDate sentenceDate = DateResolver.resolve(text, dates);
        if (!question) {
            EventType sentenceType = null;
            List<int[]> clauses = clauses(text);
            // only an IPO trigger is looked for: a sentence of several clauses needs no money verbs or funding words of its own
            boolean oneClause = clauses.size() == 1 && clauses.get(0)[0] == 0 && clauses.get(0)[1] == text.length();
            for (Trigger t : oneClause ? triggers(text, ctx) : TriggerLexicon.findAcquisitionsAndIpos(text)) {
                if (t.kind() == TriggerLexicon.Kind.SPECIFIC && t.type() == EventType.IPO && !DateResolver.insideBrackets(text, t.start())
                        && !StatusLexicon.isNegative(commaSegment(text, t))) {
                    sentenceType = EventType.IPO;
                    break;
                }
            }
            ctx.clauseTopic = null;
            ctx.topicPending.clear();
            int clausesWithEvents = 0;
            for (int[] c : clauses) {
                String clause = text.substring(c[0], c[1]);
                List<Draft> ds = assembleClause(clause, sentenceType, ctx, clauses.size() == 1 ? sentenceDate : null);
                if (!ds.isEmpty()) clausesWithEvents++;
                for (Draft d : ds) {
                    d.evidence = original;
                    d.sentence = sentence.index();
                }
                out.addAll(ds);
            }
            if (clausesWithEvents == 1 && out.size() == 1 && out.get(0).date == null && out.get(0).status != EventStatus.IN_TALKS) {
                out.get(0).date = sentenceDate;
            }
        }
        // the last day the sentence told becomes the anchor for "the following day"
        LocalDate last = null;
        for (DateResolver.DateSpan s : dates) {
            if (s.date() != null && !DateResolver.insideBrackets(text, s.start())) last = s.date();
        }
        if (last != null) ctx.anchor = last;
        if (!out.isEmpty()) ctx.focus = out.get(out.size() - 1);
        // who "it", "这家公司" refer to is worked out only when a later clause asks (most never do)
        ctx.readTexts.add(text);
        ctx.openingText = out.isEmpty() ? text : null;
        return out;
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
    /** "1. ", "2) ": the number of a list item. */
    private static final Pattern ITEM_NUMBER = Pattern.compile("\\s*\\d{1,2}[.)]\\s+");
    private static final Pattern DEMONSTRATIVE = Pattern.compile("^\\s*(?:这家|該|这一|這家)");

    /** The organisation a sentence opens with as its subject ("OpenAI can use…"), else null. */
    private String openingOrganisation(String text, Context ctx) {
        for (NameSpan n : subjects(text, names(text, ctx), ctx)) {
            if (n.start() > 2 || text.startsWith("'", n.end()) || text.startsWith("’", n.end()) || isHan(n.text())) return null;
            // a capitalised first word is a name only if the document uses it elsewhere too ("Existing backers…" is not)
            return n.known() || namedElsewhere(n.text(), text, ctx) ? resolveAlias(n.canonical(), ctx) : null;
        }
        return null;
    }

    /** Whether another sentence of the document names {@code name} too. */
    private static boolean namedElsewhere(String name, String sentence, Context ctx) {
        for (Map<String, List<NameSpan>> cache : List.of(ctx.names, ctx.namesWithDocument)) {
            for (Map.Entry<String, List<NameSpan>> e : cache.entrySet()) {
                if (e.getKey().equals(sentence)) continue;
                for (NameSpan n : e.getValue()) if (n.text().equals(name)) return true;
            }
        }
        return false;
    }

    /** The first organisation a sentence names (not an investor in a list, a person or an outlet), else null. */
    private String firstOrganisation(String text, Context ctx) {
        // the first one: a sentence's subject comes before what it says of others ("the product of X" names X too)
        List<Zone> zones = InvestorExtractor.zones(text);
        for (NameSpan n : names(text, ctx)) {
            NameKinds.Kind kind = kind(text, n, ctx);
            if (kind != NameKinds.Kind.ORGANISATION && kind != NameKinds.Kind.NOT_SUBJECT) continue;
            if (InvestorExtractor.inZone(zones, n.start()) || isPerson(text, n) || isDescriptor(text, n)) continue;
            return resolveAlias(n.canonical(), ctx);
        }
        return null;
    }

    /** The company a paragraph opens with and describes ("Helsing — Europe's answer…", "Figure remains…"), else null. */
    private String paragraphCompany(String text, Context ctx) {
        int start = 0;
        while (start < text.length() && "-*•·–—\"“ ".indexOf(text.charAt(start)) >= 0) start++;
        Matcher number = ITEM_NUMBER.matcher(text);
        if (number.lookingAt()) start = Math.max(start, number.end());
        // the names are looked for only where a head can follow a first run of name-like words
        if (!mayOpenWithHead(text, start)) return null;
        for (NameSpan n : names(text, ctx)) {
            if (n.start() < start) continue;
            if (n.start() > start) return null;
            if (kind(text, n, ctx) != NameKinds.Kind.ORGANISATION) return null;
            return PARAGRAPH_HEAD.matcher(text.substring(n.end())).find() ? resolveAlias(n.canonical(), ctx) : null;
        }
        return null;
    }

    /** A title-case line without a full stop: a headline, caption or teaser, not article prose. */
    static boolean isHeadline(String text) {
        String t = text.trim();
        if (t.isEmpty()) return false;
        if (BOX_LABEL.matcher(t).find()) return true;
        char last = t.charAt(t.length() - 1);
        if (".!?。！？\"”’')）:;".indexOf(last) >= 0) return false;
        String[] words = WHITESPACE.split(t);
        // a short line without a full stop is a link, caption or teaser, not prose
        if (words.length < 16 && !containsHan(t)) return true;
        if (words.length < 3) return false;
        int caps = 0, letters = 0;
        for (String w : words) {
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) continue;
            letters++;
            if (Character.isUpperCase(w.charAt(0))) caps++;
        }
        return letters > 0 && caps >= 0.6 * letters;
    }

    private static final Pattern BOX_LABEL = Pattern.compile(
            "(?i)^(?:read more|related(?: stories| articles| coverage)?|see also|also read|more from|recommended|most popular|most read|trending|sponsored|advertisement|watch|listen|photo|image)\\b\\s*[:|-]?");

    private static boolean containsHan(String t) {
        return t.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    static List<int[]> clauses(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = CLAUSE_BREAK.matcher(text);
        int start = 0;
        // every break needs a semicolon, a Chinese comma, "while", or a comma before "but", "and" or "whereas"
        boolean mayBreak = text.indexOf(';') >= 0 || text.indexOf('；') >= 0 || text.indexOf('，') >= 0 || text.contains("while")
                || text.indexOf(',') >= 0 && (text.contains("but") || text.contains("and") || text.contains("whereas") || text.contains("then"));
        while (mayBreak && m.find()) {
            if (DateResolver.insideBrackets(text, m.start())) continue;
            if (m.start() > start) out.add(new int[]{start, m.start()});
            start = m.end();
        }
        if (start < text.length()) out.add(new int[]{start, text.length()});
        return out;
    }

    /** The names of a clause that may be the company it is about: not investors, bracketed notes, appositions, people or descriptors. */
    private static List<NameSpan> subjects(String clause, List<NameSpan> names, Context ctx) {
        List<NameSpan> subjects = new ArrayList<>();
        if (names.isEmpty()) return subjects;
        List<Zone> zones = InvestorExtractor.zones(clause);
        List<int[]> appositives = appositives(clause, names);
        NameSpan person = null;
        for (NameSpan n : names) {
            // "David Ha and Llion Jones": a name joined to a person by "and" or a comma is a person too
            boolean joinedToPerson = person != null && PERSON_JOIN.matcher(clause.substring(person.end(), n.start())).matches();
            person = null;
            NameKinds.Kind kind = kind(clause, n, ctx);
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

    /** Whether the document told an IPO of this company so far ("智谱华章" and "智谱" are one company). */
    private static boolean toldIpo(String company, Context ctx) {
        for (String c : ctx.ipoCompanies) if (sameCompany(c, company)) return true;
        return false;
    }

    /** The part of a clause between the commas around a trigger. */
    private static String commaSegment(String clause, Trigger t) {
        int from = Math.max(clause.lastIndexOf(',', t.start()), clause.lastIndexOf('，', t.start())) + 1;
        int to = clause.length();
        for (int i = t.end(); i < clause.length(); i++) {
            char c = clause.charAt(i);
            if (c == ',' || c == '，') {
                to = i;
                break;
            }
        }
        return clause.substring(from, to);
    }

    /** The kind of a name in a clause, decided once per document (the same clause is asked about several times). */
    private static NameKinds.Kind kind(String clause, NameSpan n, Context ctx) {
        Map<Integer, NameKinds.Kind> byStart = ctx.kinds.computeIfAbsent(clause, c -> new HashMap<>());
        NameKinds.Kind k = byStart.get(n.start());
        if (k == null) {
            k = NameKinds.of(clause, n);
            byStart.put(n.start(), k);
        }
        return k;
    }

    /** The topic of the sentence's earlier clauses: the first subject of the first of them that has one. */
    private String topicSoFar(Context ctx) {
        while (ctx.clauseTopic == null && !ctx.topicPending.isEmpty()) {
            String c = ctx.topicPending.remove(0);
            if (StatusLexicon.isNegative(c)) continue;
            List<NameSpan> s = subjects(c, names(c, ctx), ctx);
            if (!s.isEmpty()) ctx.clauseTopic = resolveAlias(s.get(0).canonical(), ctx);
        }
        ctx.topicPending.clear();
        return ctx.clauseTopic;
    }

    private record Group(String company, EventType type, int anchor, List<Trigger> triggers, List<String> acquirers,
                         List<Money> forced) {
        Group(String company, EventType type, int anchor, List<Trigger> triggers, List<String> acquirers) {
            this(company, type, anchor, triggers, acquirers, new ArrayList<>());
        }
    }

    private static final Pattern INVEST_TARGET_DESC = Pattern.compile(
            "^\\s*in(?:to)?\\s+(?:the|this|that|its)\\s+(?:[\\w-]+\\s+){0,4}?(?:company|start-?up|firm|lab|developer|maker|business|group|unicorn)\\b");

    /** "Meta will invest $14.3 billion in Scale AI": a round of the company invested in, led by the investor. */
    /** "Meta以143亿美元投资Scale AI": the money is before the Chinese verb, the company after it. */
    private void investZh(String clause, Trigger t, List<NameSpan> names, List<NameSpan> subjects, Map<String, Group> groups, Context ctx) {
        AmountParser.MoneySpan m = null;
        List<RoledMoney> roled = AmountRoles.classify(clause);
        for (RoledMoney rm : roled) if (rm.span().end() <= t.start() && rm.role() == AmountRoles.Role.AMOUNT) m = rm.span();
        if (m == null || t.start() - m.end() > 2 && !PRICE_GAP.matcher(clause.substring(m.end(), t.start())).matches()) {
            // "以每股7.5美元，认购X约2.94亿股新股，涉及现金总额22亿美元": the total told after the shares
            m = null;
            for (RoledMoney rm : roled) {
                if (rm.span().start() > t.end() && rm.role() == AmountRoles.Role.AMOUNT) {
                    m = rm.span();
                    break;
                }
            }
            if (m == null) return;
        }
        if (CUMULATIVE.matcher(clause).find()) return;
        NameSpan target = firstAfter(clause, t.end(), names, 3);
        if (target == null) return;
        NameSpan investor = null;
        for (NameSpan n : subjects) if (n.end() <= Math.min(m.start(), t.start())) investor = n;
        String company = resolveAlias(target.canonical(), ctx);
        String k = key(company) + "|" + EventType.FUNDING_ROUND;
        Group g = groups.get(k);
        if (g == null) {
            g = new Group(company, EventType.FUNDING_ROUND, investor != null ? investor.start() : target.start(), new ArrayList<>(), new ArrayList<>());
            groups.put(k, g);
        }
        g.triggers().add(t);
        g.forced().add(m.money());
        if (investor != null && !key(investor.canonical()).equals(key(company))) g.acquirers().add(resolveAlias(investor.canonical(), ctx));
    }

    private static final Pattern CUMULATIVE = Pattern.compile("累计|总计|迄今|至今|先后|多次");
    /** "以约15亿欧元的价格认购": the words between the money and the verb. */
    private static final Pattern PRICE_GAP = Pattern.compile("\\s?的?(?:价格|代价|对价)");
    /** "into the start-up Zhenyu", "in Acme": the investee follows, maybe after a description of it. */
    private static final Pattern INTO = Pattern.compile(
            "^\\s*in(?:to)?\\s+(?:(?:the|a|an)\\s+(?:[\\w-]+\\s+){0,3}?(?:start-?up|company|firm|developer|maker|lab|unicorn|business|group|provider)\\s+(?=[\\p{Lu}\\p{IsHan}]))?");
    /** "for a 30% stake in Wavefront", "for 49% of Scale AI": money for a share of the company is money invested in it. */
    private static final Pattern FOR_A_STAKE = Pattern.compile(
            "(?i)^\\s*for\\s+(?:a\\s+|an\\s+)?(?:(?:roughly\\s+|about\\s+|nearly\\s+)?\\d+(?:\\.\\d+)?\\s?(?:%|per ?cent)\\s+(?:stake\\s+|share\\s+|holding\\s+)?(?:in|of)|"
                    + "(?:minority|majority|controlling|significant)\\s+(?:stake|holding|share)\\s+in)\\s+(?:the\\s+)?");

    private void invest(String clause, Trigger t, List<NameSpan> names, List<NameSpan> subjects, Map<String, Group> groups, Context ctx) {
        if (isHan(t.text())) {
            investZh(clause, t, names, subjects, groups, ctx);
            return;
        }
        List<AmountParser.MoneySpan> ms = AmountParser.findAll(clause.substring(t.end()));
        if (ms.isEmpty() || ms.get(0).start() > 25) return;
        AmountParser.MoneySpan m = ms.get(0);
        int afterMoney = t.end() + m.end();
        String rest = clause.substring(afterMoney);
        if (CUMULATIVE_INVEST.matcher(clause).find()) return;
        if (ROUND_SLICE.matcher(rest.length() > 50 ? rest.substring(0, 50) : rest).find()) return;
        NameSpan investor = null;
        for (NameSpan n : subjects) if (n.end() <= t.start()) investor = n;
        String company = null;
        int anchor = t.start();
        Matcher in = INTO.matcher(rest);
        boolean found = in.lookingAt();
        if (!found) {
            in = FOR_A_STAKE.matcher(rest);
            found = in.lookingAt();
        }
        if (found) {
            NameSpan target = firstAfter(clause, afterMoney + in.end(), names, 4);
            if (target != null && SLICE_AFTER_TARGET.matcher(clause.substring(target.end())).find()) return;
            if (target != null) {
                company = resolveAlias(target.canonical(), ctx);
            } else if (INVEST_TARGET_DESC.matcher(rest).find()) {
                for (NameSpan n : subjects) {
                    if (n != investor && n.end() <= t.start()) {
                        company = resolveAlias(n.canonical(), ctx);
                        anchor = n.start();
                        break;
                    }
                }
                if (company == null && ctx.focus != null) company = ctx.focus.company;
            }
        }
        if (company == null) return;
        if (investor != null && key(investor.canonical()).equals(key(company))) investor = null;
        if (investor != null && investor.start() < anchor) anchor = investor.start();
        String k = key(company) + "|" + EventType.FUNDING_ROUND;
        Group g = groups.get(k);
        if (g == null) {
            g = new Group(company, EventType.FUNDING_ROUND, anchor, new ArrayList<>(), new ArrayList<>());
            groups.put(k, g);
        }
        g.triggers().add(t);
        g.forced().add(m.money());
        if (investor != null) g.acquirers().add(resolveAlias(investor.canonical(), ctx));
    }

    private static final Pattern GERMAN_FINAL_ACQ = Pattern.compile("(?:zu )?(?:übernehmen|kaufen|erwerben)|übernommen|gekauft|erworben");
    private static final Pattern VON_AGENT = Pattern.compile("(?u)(?<![\\p{L}])von\\s+\\p{Lu}");
    private static final Pattern GERMAN_FINAL_VERB = Pattern.compile("(?iu)eingesammelt|einsammeln|aufnehmen|einwerben|erhalten|aufgenommen|eingeworben|sammelt|erhält|erhielt|sammelte|bekommt|bekam");
    private static final Pattern CUMULATIVE_INVEST = Pattern.compile("(?i)\\b(?:since (?:\\d{4}|its|it was)|to date|so far|in total|a total of|altogether|over the (?:years|past|last)|cumulative)\\b");
    private static final Pattern ROUND_SLICE = Pattern.compile("(?i)\\b(?:round|series [a-z]|raise|offering|ipo|funding)\\b");

    /** "Nvidia invested $500 million in xAI's latest round": one investor's slice, not the round. */
    private static final Pattern SLICE_AFTER_TARGET = Pattern.compile(
            "^(?:['’]s\\s+(?:\\w+\\s+){0,3}?(?:round|funding|financing|series|raise|offering|ipo)|\\s*(?:,\\s*)?as part of)", Pattern.CASE_INSENSITIVE);

    /** A money verb ("raised", "closed") counts only when money or a round follows it. */
    private static boolean genericWithMoney(String clause, Trigger t) {
        String after = clause.substring(t.end(), Math.min(clause.length(), t.end() + 60));
        if (!AmountParser.findAll(after).isEmpty()) return true;
        if (GERMAN_FINAL_VERB.matcher(t.text()).matches()) {
            // German puts the participle last: "hat 600 Millionen Euro eingesammelt"
            String before = clause.substring(Math.max(0, t.start() - 90), t.start());
            if (!AmountParser.findAll(before).isEmpty()) return true;
            if (MONEY_WORD_BEFORE.matcher(before).matches()) return true;
        }
        if (MONEY_WORD_AFTER.matcher(after).matches()) return true;
        for (Trigger o : TriggerLexicon.find(after)) if (o.type() != null && o.type() != EventType.ACQUISITION) return true;
        return false;
    }

    private List<Draft> assembleClause(String clause, EventType sentenceType, Context ctx, LocalDate clauseDate) {
        List<Draft> out = new ArrayList<>();
        List<Trigger> triggers = new ArrayList<>();
        for (Trigger t : triggers(clause, ctx)) {
            if (DateResolver.insideBrackets(clause, t.start())) continue;
            if (t.type() == EventType.IPO && TEMPORAL_BEFORE.matcher(clause.substring(Math.max(0, t.start() - 30), t.start())).find()) continue;
            triggers.add(t);
        }
        List<Trigger> investorSide = new ArrayList<>();
        for (Trigger t : triggers) if (investorSide(clause, t)) investorSide.add(t);
        triggers.removeIf(t -> t.kind() == TriggerLexicon.Kind.GENERIC && !genericWithMoney(clause, t));
        triggers.removeAll(investorSide);
        if (triggers.isEmpty()) {
            // no event of its own: the clause can only add to the last event, and may name the topic of the next clause
            // (a clause that says no counts for neither; the topic's clause is checked when the topic is asked for)
            if (ctx.clauseTopic == null) ctx.topicPending.add(clause);
            if (ctx.focus == null || StatusLexicon.isNegative(clause)) return out;
            if (!investorSide.isEmpty()) addLeadsToFocus(clause, names(clause, ctx), ctx);
            else addToFocus(clause, names(clause, ctx), ctx);
            return out;
        }
        if (StatusLexicon.isNegative(clause)) {
            // "X, which raised $50 million in 2024, has not announced listing plans": a negation ends at its commas
            triggers.removeIf(t -> StatusLexicon.isNegative(commaSegment(clause, t)));
            if (triggers.isEmpty()) return out;
        }
        List<NameSpan> names = names(clause, ctx);
        List<NameSpan> subjects = subjects(clause, names, ctx);
        // "xAI本月6日宣布，已完成200亿美元的E轮融资": a Chinese clause without a subject continues the topic of the one before
        String before = topicSoFar(ctx);
        // "…raised $665 million in June, then added $340 million": a clause that starts with its verb continues the topic
        String topic = subjects.isEmpty() && (containsHan(clause) || VERB_FIRST.matcher(clause).find()) ? before : null;
        if (!subjects.isEmpty() && ctx.clauseTopic == null) ctx.clauseTopic = resolveAlias(subjects.get(0).canonical(), ctx);
        Map<String, Group> groups = new LinkedHashMap<>();
        Set<String> fromFocus = new HashSet<>();
        for (Trigger t : triggers) {
            if (t.type() == EventType.ACQUISITION) {
                acquisition(clause, t, names, subjects, groups, ctx);
                continue;
            }
            if (t.kind() == TriggerLexicon.Kind.INVEST) {
                invest(clause, t, names, subjects, groups, ctx);
                continue;
            }
            EventType type = t.type() != null ? t.type() : typeForGeneric(t, triggers, sentenceType);
            if (t.type() == null && !hasSpecific(triggers)) {
                // "MiniMax ... is raising HK$4.82 billion" after its listing was told: the IPO's money
                NameSpan s0 = subjectFor(clause, t, subjects);
                String who = s0 != null ? resolveAlias(s0.canonical(), ctx) : focusCompany(ctx);
                if (who != null && toldIpo(who, ctx)) type = EventType.IPO;
            }
            NameSpan subj = subjectFor(clause, t, subjects);
            boolean pronounSubject = PRONOUN_START.matcher(clause).find();
            if (subj != null && subj.start() >= t.end() && pronounSubject && t.type() == null && focusCompany(ctx) != null) {
                // "The offering raised $4.87 billion for SoftBank": "the offering" is the subject, the name after
                // the money verb is who the money went to
                subj = null;
            }
            String company;
            int anchor;
            if (subj != null) {
                company = resolveAlias(subj.canonical(), ctx);
                anchor = subj.start();
            } else if (topic != null) {
                company = topic;
                anchor = 0;
            } else if ((focusCompany(ctx) != null || DEMONSTRATIVE.matcher(clause).find() && lastNamed(ctx) != null)
                    && (pronounSubject || subjects.isEmpty()
                    // an English clause without a name needs a word that refers back ("in 2023 the company raised");
                    // "Several makers are preparing listings" is about no company told before
                    && (containsHan(clause) || REFERS_BACK.matcher(clause.substring(0, t.end())).find()
                    || !InvestorExtractor.leads(clause, names).isEmpty()))) {
                // "这家…公司" (this company) points at the company named last, not at the last event's
                company = DEMONSTRATIVE.matcher(clause).find() && lastNamed(ctx) != null ? lastNamed(ctx) : focusCompany(ctx);
                anchor = 0;
                fromFocus.add(key(company) + "|");
                if (t.type() == null && !hasSpecific(triggers) && ctx.focus != null && sameCompany(ctx.focus.company, company)) {
                    type = ctx.focus.type == EventType.ACQUISITION ? EventType.FUNDING_ROUND : ctx.focus.type;
                }
                if (REFERS_TO_IPO.matcher(clause).find()) type = EventType.IPO;
            } else {
                continue;
            }
            String k = key(company) + "|" + type;
            Group g = groups.get(k);
            if (g == null) {
                g = new Group(company, type, anchor, new ArrayList<>(), new ArrayList<>());
                groups.put(k, g);
            }
            g.triggers().add(t);
        }
        for (Group g : groups.values()) {
            if (g.type() != EventType.ACQUISITION) ctx.lastSubject = g.company();
            if (g.type() == EventType.IPO) ctx.ipoCompanies.add(g.company());
        }
        if (groups.isEmpty()) return out;
        List<Group> ordered = new ArrayList<>(groups.values());
        ordered.sort(Comparator.comparingInt(Group::anchor));
        List<RoledMoney> money = AmountRoles.classify(clause);
        for (int i = 0; i < ordered.size(); i++) {
            Group g = ordered.get(i);
            // groups with the same company position share one segment
            int first = i;
            while (first > 0 && ordered.get(first - 1).anchor() == g.anchor()) first--;
            int next = i + 1;
            while (next < ordered.size() && ordered.get(next).anchor() == g.anchor()) next++;
            List<Group> sharing = ordered.subList(first, next);
            int segStart = first == 0 ? 0 : g.anchor();
            int segEnd = next < ordered.size() ? ordered.get(next).anchor() : clause.length();
            if (segEnd <= segStart) segEnd = clause.length();
            String prefix = first == 0 ? "" : clause.substring(0, ordered.get(0).anchor());
            String segment = clause.substring(segStart, segEnd);
            Draft d = new Draft();
            d.company = g.company();
            d.type = g.type();
            d.hasSpecificTrigger = g.triggers().stream().anyMatch(t -> t.kind() != TriggerLexicon.Kind.GENERIC);
            String statusText = prefix + " " + segment;
            d.status = StatusLexicon.classify(statusText, g.type());
            d.speculative = StatusLexicon.isSpeculative(statusText);
            d.strongIpo = strongIpo(statusText, true);
            boolean sawAmount = false;
            if (!g.forced().isEmpty()) d.amount = g.forced().get(0);
            for (RoledMoney rm : money) {
                if (rm.span().start() < segStart || rm.span().start() >= segEnd) continue;
                if (sharing.size() > 1 && nearestGroup(sharing, rm.span().start()) != g) continue;
                switch (rm.role()) {
                    case AMOUNT -> {
                        if (d.amount == null) d.amount = rm.span().money();
                        sawAmount = true;
                    }
                    case POST_MONEY -> {
                        if (d.type == EventType.ACQUISITION) {
                            if (d.amount == null) d.amount = rm.span().money();
                        } else if (d.postMoney == null) d.postMoney = rm.span().money();
                    }
                    case PRE_MONEY -> {
                        if (d.preMoney == null) d.preMoney = rm.span().money();
                    }
                    case OFFER_PRICE -> {
                        if (d.type == EventType.IPO && d.offerPrice == null) d.offerPrice = rm.span().money();
                    }
                    case IGNORE -> {
                    }
                }
            }
            if (d.type == EventType.IPO && d.amount == null && d.offerPrice != null) {
                // "sold 37.5 million shares at $40 each": gross proceeds are shares times price
                Matcher sh = SHARES_SOLD.matcher(segment);
                if (sh.find()) {
                    java.math.BigDecimal n = new java.math.BigDecimal(sh.group(1).replace(",", ""))
                            .multiply(AmountParser.multiplier(sh.group(2)));
                    d.amount = new Money(n.multiply(d.offerPrice.amount()), d.offerPrice.currency());
                }
            }
            if (d.type == EventType.FUNDING_ROUND && d.postMoney == null && d.amount == null && d.preMoney == null) {
                // a figure with no cue at all in a funding clause ("raised a $2 billion round") is the amount
                for (RoledMoney rm : money) {
                    if (sharing.size() > 1 && nearestGroup(sharing, rm.span().start()) != g) continue;
                    if (rm.span().start() >= segStart && rm.span().start() < segEnd && rm.role() == AmountRoles.Role.AMOUNT) {
                        d.amount = rm.span().money();
                        break;
                    }
                }
            }
            LocalDate segDate = ctx.dates.resolve(segment, ctx.anchor, future(segment));
            if (segDate == null && i == 0 && ordered.size() == 1) segDate = clauseDate;
            if (segDate == null && i == 0 && ordered.size() == 1) {
                segDate = ctx.dates.resolve(clause, ctx.anchor, future(clause));
            }
            d.date = d.status == EventStatus.IN_TALKS ? null : segDate;
            if (d.type == EventType.FUNDING_ROUND) {
                d.roundLabel = TriggerLexicon.roundLabel(segment);
                d.leads.addAll(InvestorExtractor.leads(ordered.size() == 1 ? clause : segment,
                        ordered.size() == 1 ? names : names(segment, ctx)));
                for (String a : g.acquirers()) if (!d.leads.contains(a)) d.leads.add(a);
                d.leads.removeIf(l -> key(l).equals(key(d.company)));
            } else if (d.type == EventType.ACQUISITION) {
                d.leads.addAll(g.acquirers());
            } else {
                d.exchange = ExchangeTicker.exchange(segment);
                if (d.exchange == null) d.exchange = ExchangeTicker.exchange(clause);
                ExchangeTicker.Ticker t = ctx.tickers.get(key(d.company));
                if (t == null) t = ExchangeTicker.tickerAt(segment, 0);
                if (t == null) t = ExchangeTicker.tickerAt(clause, 0);
                if (t != null) {
                    d.ticker = t.code();
                    if (d.exchange == null) d.exchange = t.exchange();
                }
            }
            if (!keep(d, sawAmount)) continue;
            if (fromFocus.contains(key(d.company) + "|") && d.amount == null && d.postMoney == null && d.preMoney == null
                    && d.offerPrice == null && d.date == null && d.exchange == null && d.ticker == null) {
                // "The round was co-led by A and B": details of the event told just before
                Draft f = ctx.focus;
                if (f != null && f.type == d.type && key(f.company).equals(key(d.company)) && !isDebt(clause)) {
                    for (String l : d.leads) if (!f.leads.contains(l)) f.leads.add(l);
                    if (f.roundLabel == null) f.roundLabel = d.roundLabel;
                }
                continue;
            }
            out.add(d);
        }
        return out;
    }

    private static final Pattern RELATIVE_OBJECT = Pattern.compile("(,?\\s+(?:which|that|whom)\\s+)[A-Z][\\w.&'’ -]{0,40}?\\s+(?:has\\s+|had\\s+|have\\s+|later\\s+|then\\s+)?$");
    private static final Pattern OBJECT_GAP_BLOCK = Pattern.compile("\\b(?:in|from|at|on|with|to|of|for|into|by|that|which|who|whose|than|as)\\b");
    private static final Pattern WEAK_ACQ_VERB = Pattern.compile("(?i)(?:to |will |agreed to )?(?:buy|buys|bought|buying|purchase|purchased|took over|takes over|to take over|snapped up|snaps up)");
    private static final Pattern COMPANY_CONTEXT = Pattern.compile(
            "(?i)\\b(?:company|companies|start-?ups?|firm|business|maker|developer|provider|platform|lab|rival|unit|subsidiary|deal|stake|"
                    + "acquisition|merger|takeover|owner|operator|brand|studio|chipmaker|manufacturer|shareholders?|transaction)\\b");
    private static final Pattern STRONG_IPO = Pattern.compile(
            "(?i)\\b(?:went public|go(?:es)? public|going public|listed (?:on|in)|list(?:s|ing)? (?:on|in)|will list|to list|debut(?:ed|s)?|"
                    + "began trading|begins? trading|start(?:s|ed)? trading|filed (?:publicly |confidentially )?(?:for|to)|files (?:for|to)|"
                    + "priced|prices|pricing|ipo (?:raised|priced)|rang the bell)\\b|上市|挂牌|招股|递表|登陆|(?iu)börsengang|an die (?:\\p{L}+ )?börse|börsendebüt|erstnotiz");
    /** Words one of which every alternative of STRONG_IPO contains, case-folded (see Prefilter). Keep in step with the pattern. */
    private static final String[] STRONG_IPO_WORDS = {"public", "list", "debut", "trading", "filed ", "files ", "pric", "ipo ",
            "rang the bell", "上市", "挂牌", "招股", "递表", "登陆", "börse", "erstnotiz"};

    /** {@code prefilter} false runs the pattern whatever the words: the tests check that the word check changes nothing. */
    static boolean strongIpo(String text, boolean prefilter) {
        return (!prefilter || Prefilter.any(Prefilter.fold(text), STRONG_IPO_WORDS)) && STRONG_IPO.matcher(text).find();
    }

    private static final Pattern SHARES_SOLD = Pattern.compile(
            "(?i)\\b(?:sold|selling|sells|offered|offering|issued|issuing)\\s+(?:about |some |nearly )?([\\d.,]+)\\s*(million|billion|m|bn)?\\s+(?:new |ordinary |class a |h )?shares\\b");
    private static final Pattern PRONOUN_ACQUIRER = Pattern.compile("(?i)\\b(?:it|the company|the group|the firm)\\s+(?:\\w+\\s+){0,3}$");
    /** "before going public", "since its IPO", "pre-IPO round": the IPO is a time reference, not the event. */
    private static final Pattern TEMPORAL_BEFORE = Pattern.compile("(?i)(?:\\b(?:before|ahead of|after|since|following|prior to|until)\\s+(?:its\\s+|their\\s+|the\\s+|an\\s+|a\\s+)?(?:planned\\s+|eventual\\s+|possible\\s+)?|\\bpre-)$");
    private static final Pattern REFERS_TO_IPO = Pattern.compile("(?i)^\\s*the (?:offering|ipo|listing|float|flotation)\\b");
    private static final Pattern INVESTOR_VERB = Pattern.compile(
            "(?i)\\b(?:co-led|led|joined|participated in|took part in|invested in|backed|anchored|leading|co-leading|led the|joins|joining)"
                    + "\\s+(?:the|its|this|that|a|an)?\\s*(?:[\\w$.-]+\\s+){0,3}$"
                    + "|(?i)\\b(?:accounts? for|accounted for|contributed|put in|provided|committed)\\s+(?:\\S+\\s+){0,4}of\\s+(?:(?:the|its|this|that)\\s+)?$");
    private static final Pattern APPOSITIVE = Pattern.compile(
            "^\\s*,\\s+(?:(?:the|a|an|which|who|whose|its|one of|founded|based|backed|now|formerly|also|best known|known|maker|developer|owner|parent|"
                    + "das|der|die|ein|eine|dessen|deren|gegründet|mit sitz|bekannt|一家|该)\\b|[A-Z][\\w.-]*(?:\\s[A-Z][\\w.-]*)*['’]s\\s)[^,;]*,");
    /** "A led the round", "B joined the Series J": the trigger is the investor's, not the company's. */
    private static boolean investorSide(String clause, Trigger t) {
        if (t.type() != EventType.FUNDING_ROUND && t.kind() != TriggerLexicon.Kind.GENERIC) return false;
        String before = clause.substring(Math.max(0, t.start() - 40), t.start());
        return INVESTOR_VERB.matcher(before).find();
    }

    private static final Pattern PRODUCT_NOUN = Pattern.compile(
            "^\\s+(?:chatbot|assistant|models?|maker|developer|creator|owner|parent|operator|app|editor|platform|chatbots|service|software|tool|agent)\\b");
    private static final Pattern DEFINITE_BEFORE = Pattern.compile("(?i)\\b(?:the|its|their|of the|behind the)\\s+$");

    /** "Elon Musk's company", "Sam Altman's AI start-up": the possessor only describes the company meant. */
    private static final Pattern POSSESSOR_OF_COMPANY = Pattern.compile(
            "^['’]s\\s+(?:[\\w-]+\\s+){0,2}?(?:company|start-?up|firm|venture|lab|business)\\b");

    /** "The ChatGPT maker", "the developer of the Grok chatbot": a product name describing a company. */
    private static boolean isDescriptor(String clause, NameSpan n) {
        if (POSSESSOR_OF_COMPANY.matcher(clause.substring(n.end())).find()) return true;
        return PRODUCT_NOUN.matcher(clause.substring(n.end())).find()
                && DEFINITE_BEFORE.matcher(clause.substring(Math.max(0, n.start() - 15), n.start())).find();
    }

    /** Comma-bounded descriptions right after a name ("xAI, the company Elon Musk founded, said"). */
    private static List<int[]> appositives(String clause, List<NameSpan> names) {
        List<int[]> out = new ArrayList<>();
        for (NameSpan n : names) {
            Matcher m = APPOSITIVE.matcher(clause.substring(n.end()));
            if (m.find()) out.add(new int[]{n.end(), n.end() + m.end()});
        }
        return out;
    }

    private static boolean inRanges(List<int[]> ranges, int pos) {
        for (int[] r : ranges) if (pos >= r[0] && pos < r[1]) return true;
        return false;
    }

    /** A name right after a person's title ("chief executive Wang Xiaochuan") is a person. */
    private static boolean isPerson(String clause, NameSpan n) {
        return InvestorExtractor.isPerson(clause, n);
    }

    /** Who "it", "the company" or "the ChatGPT maker" refers to: the company of the latest financing clause. */
    private String focusCompany(Context ctx) {
        // "OpenAI can use its shares as currency. In March it raised…": a sentence that opens with a company makes it
        // the referent of the next sentence's "it", whatever event was told before
        if (ctx.openingText != null && ctx.openingText != ctx.openingFor) {
            ctx.openingFor = ctx.openingText;
            ctx.opening = openingOrganisation(ctx.openingText, ctx);
        }
        String opening = ctx.openingText == null ? null : ctx.opening;
        if (opening != null) return opening;
        if (ctx.lastSubject != null) return ctx.lastSubject;
        if (ctx.focus != null) return ctx.focus.company;
        // "That network is the product of Physical Intelligence. In November it raised…": no event told yet
        return lastNamed(ctx);
    }

    /** The first organisation of the last sentence read that names one (looking back a few sentences). */
    private String lastNamed(Context ctx) {
        int n = ctx.readTexts.size();
        if (ctx.lastNamedAt != n) {
            ctx.lastNamed = null;
            for (int i = n - 1; i >= Math.max(0, n - 6) && ctx.lastNamed == null; i--) ctx.lastNamed = firstOrganisation(ctx.readTexts.get(i), ctx);
            ctx.lastNamedAt = n;
        }
        return ctx.lastNamed;
    }

    private static boolean hasSpecific(List<Trigger> triggers) {
        for (Trigger t : triggers) if (t.type() != null && t.type() != EventType.ACQUISITION) return true;
        return false;
    }

    /** A money verb takes the kind of the first specific trigger after it, else the nearest before, else the sentence's. */
    private static EventType typeForGeneric(Trigger g, List<Trigger> triggers, EventType sentenceType) {
        for (Trigger t : triggers) {
            if (t.start() >= g.end() && t.type() != null && t.type() != EventType.ACQUISITION) return t.type();
        }
        EventType before = null;
        for (Trigger t : triggers) {
            if (t.end() <= g.start() && t.type() != null && t.type() != EventType.ACQUISITION) before = t.type();
        }
        if (before != null) return before;
        return sentenceType != null ? sentenceType : EventType.FUNDING_ROUND;
    }

    /** "ICONIQ led the round, with A and B acting as co-leads": leads of the event told just before. */
    private void addLeadsToFocus(String clause, List<NameSpan> names, Context ctx) {
        Draft f = ctx.focus;
        if (f == null || f.type != EventType.FUNDING_ROUND) return;
        if (isDebt(clause)) return;
        for (String l : InvestorExtractor.leads(clause, names)) {
            if (!f.leads.contains(l) && !key(l).equals(key(f.company))) f.leads.add(l);
        }
    }

    /** Of groups sharing a segment, the one with a specific trigger nearest to {@code pos}. */
    private static Group nearestGroup(List<Group> groups, int pos) {
        Group best = groups.get(0);
        int bestDist = Integer.MAX_VALUE;
        for (Group g : groups) {
            for (Trigger t : g.triggers()) {
                if (t.kind() == TriggerLexicon.Kind.GENERIC) continue;
                int dist = pos < t.start() ? t.start() - pos : pos - t.end();
                if (dist < bestDist) {
                    bestDist = dist;
                    best = g;
                }
            }
        }
        return best;
    }

    private static boolean keep(Draft d, boolean sawAmount) {
        if (d.company == null || d.company.isBlank()) return false;
        switch (d.type) {
            case FUNDING_ROUND -> {
                if (!d.hasSpecificTrigger && d.amount == null && d.postMoney == null && d.preMoney == null) return false;
                boolean datedCompletion = d.date != null && d.status == EventStatus.COMPLETED && d.hasSpecificTrigger
                        // "X is in talks to raise a new round": negotiations are told even before a figure is
                        || d.status == EventStatus.IN_TALKS && d.hasSpecificTrigger && !d.speculative;
                if (d.amount == null && d.postMoney == null && d.preMoney == null && d.roundLabel == null && d.leads.isEmpty()
                        && !datedCompletion) return false;
                if (d.speculative && d.amount == null && d.postMoney == null) return false;
            }
            case IPO -> {
                if (d.speculative && !d.hasDetail()) return false;
                if (d.amount == null && d.offerPrice == null && d.exchange == null && d.ticker == null && !d.strongIpo) return false;
                if (!d.hasSpecificTrigger && d.amount == null) return false;
            }
            case ACQUISITION -> {
                if (d.speculative && d.amount == null) return false;
            }
        }
        return true;
    }

    /** The company a funding or IPO trigger belongs to. */
    private static NameSpan subjectFor(String clause, Trigger t, List<NameSpan> subjects) {
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

    private void acquisition(String clause, Trigger t, List<NameSpan> names, List<NameSpan> subjects,
                             Map<String, Group> groups, Context ctx) {
        NameSpan target = null;
        List<String> acquirers = new ArrayList<>();
        switch (t.kind()) {
            case PASSIVE_ACQUISITION -> {
                for (NameSpan n : subjects) if (n.end() <= t.start()) target = n;
                NameSpan by = firstAfter(clause, t.end(), names, 30);
                if (by != null) acquirers.add(resolveAlias(by.canonical(), ctx));
            }
            default -> {
                if (GERMAN_FINAL_ACQ.matcher(t.text()).matches()) {
                    if (t.text().endsWith("en") && !t.text().contains("zu") && t.text().matches("übernommen|gekauft|erworben")) {
                        if (VON_AGENT.matcher(clause.substring(0, t.start())).find()) return; // "von SAP übernommen": the passive rule
                    }
                    // "SAP will WalkMe für 1,5 Mrd. Dollar kaufen", "…, das Unternehmen WalkMe zu übernehmen": object before the verb
                    NameSpan doer = subjects.isEmpty() ? null : subjects.get(0);
                    for (NameSpan n : names) if (n.end() <= t.start() && n != doer && !InvestorExtractor.isPerson(clause, n)) target = n;
                    if (target == null) return;
                    if (doer != null && doer.start() < target.start()) acquirers.add(resolveAlias(doer.canonical(), ctx));
                    break;
                }
                target = firstAfter(clause, t.end(), names, 45);
                if (target == null) {
                    // "Slack, which Salesforce bought in 2021": the object is the name before "which"
                    Matcher rel = RELATIVE_OBJECT.matcher(clause.substring(0, t.start()));
                    if (rel.find()) {
                        NameSpan antecedent = null, doer = null;
                        for (NameSpan n : names) {
                            if (n.end() <= rel.start(1) + 1 && n.end() >= rel.start(1) - 1) antecedent = n;
                            if (n.start() >= rel.end(1) && n.end() <= t.start()) doer = n;
                        }
                        if (antecedent != null && doer != null) {
                            target = antecedent;
                            acquirers.add(resolveAlias(doer.canonical(), ctx));
                        }
                    }
                    if (target == null) return;
                    break;
                }
                String gap = clause.substring(t.end(), target.start()).toLowerCase(Locale.ROOT);
                if (OBJECT_GAP_BLOCK.matcher(gap).find() || gap.trim().split("\\s+").length > 5) return;
                if (WEAK_ACQ_VERB.matcher(t.text()).matches() && !target.known() && !COMPANY_CONTEXT.matcher(clause).find()
                        && AmountParser.findAll(clause).isEmpty()) return;
                Matcher by = Pattern.compile("\\b(?:by|durch)\\s+").matcher(clause);
                NameSpan acq = null;
                if (t.kind() == TriggerLexicon.Kind.NOUN_ACQUISITION && by.find(target.end())
                        && by.start() - target.end() < 40) {
                    acq = firstAfter(clause, by.end(), names, 5);
                }
                if (acq == null) {
                    for (NameSpan n : subjects) if (n.end() <= t.start() && n != target) acq = n;
                }
                if (acq != null) acquirers.add(resolveAlias(acq.canonical(), ctx));
                else if (ctx.focus != null && PRONOUN_ACQUIRER.matcher(clause.substring(0, t.start())).find()) {
                    if (ctx.focus.type == EventType.ACQUISITION && !ctx.focus.leads.isEmpty()) acquirers.add(ctx.focus.leads.get(0));
                    else acquirers.add(ctx.focus.company);
                }
            }
        }
        if (target == null) return;
        String company = resolveAlias(target.canonical(), ctx);
        acquirers.removeIf(a -> key(a).equals(key(company)));
        String k = key(company) + "|" + EventType.ACQUISITION;
        Group g = groups.get(k);
        int anchor = Math.min(target.start(), t.start());
        for (NameSpan n : subjects) if (n.end() <= t.start() && t.kind() != TriggerLexicon.Kind.PASSIVE_ACQUISITION) anchor = Math.min(anchor, n.start());
        if (g == null) {
            g = new Group(company, EventType.ACQUISITION, anchor, new ArrayList<>(), new ArrayList<>());
            groups.put(k, g);
        }
        g.triggers().add(t);
        for (String a : acquirers) if (!g.acquirers().contains(a)) g.acquirers().add(a);
    }

    /** The first name starting within {@code maxGap} characters after {@code pos}, with no figures in between. */
    private static NameSpan firstAfter(String clause, int pos, List<NameSpan> names, int maxGap) {
        for (NameSpan n : names) {
            if (n.start() < pos) continue;
            String gap = clause.substring(pos, n.start());
            if (gap.length() > maxGap || ANY_DIGIT_LINE.matcher(gap).matches() || gap.contains(",") && gap.length() > 3) return null;
            return n;
        }
        return null;
    }

    /** "The round was led by X" or "valuing the company at $Y" with no trigger: details of the last event. */
    private static final Pattern DEBT = Pattern.compile("(?i)\\b(?:debt|loans?|credit|facility|bonds?|notes|underwriters?|bookrunners?)\\b|贷款|债");
    /** Words every alternative of DEBT holds, case-folded (see Prefilter). Keep in step with the pattern. */
    private static final String[] DEBT_WORDS = {"debt", "loan", "credit", "facility", "bond", "notes", "underwriter", "bookrunner", "贷款", "债"};
    /** Words every alternative of DEFINITE_VALUATION holds. */
    private static final String[] VALUATION_WORDS = {"valuation", "bewertung", "估值"};

    static boolean isDebt(String clause) {
        return isDebt(clause, true);
    }

    /** {@code prefilter} false runs the pattern whatever the words: the tests check that the word check changes nothing. */
    static boolean isDebt(String clause, boolean prefilter) {
        return (!prefilter || Prefilter.any(Prefilter.fold(clause), DEBT_WORDS)) && DEBT.matcher(clause).find();
    }

    static boolean definiteValuation(String clause, boolean prefilter) {
        return (!prefilter || Prefilter.any(Prefilter.fold(clause), VALUATION_WORDS)) && DEFINITE_VALUATION.matcher(clause).find();
    }

    private static final Pattern DEAL_PRICE = Pattern.compile(
            "(?iu)\\b(?:purchase price|deal value|transaction value|the deal (?:values|valued|is worth|was worth)|the (?:company|group|buyer) (?:will pay|pays|paid)|"
                    + "kaufpreis|transaktionswert|übernahmepreis|der deal (?:bewertet|hat einen wert)|zahlt|zahlte|"
                    // "14 Dollar je Aktie, was einem Gesamtwert von 1,5 Mrd. entspricht", "an equity value of $8 billion"
                    + "gesamtwert|gesamtvolumen|(?:equity|enterprise|total) value)|收购价|收购对价|交易对价|交易金额|作价");
    private static final Pattern DEFINITE_VALUATION = Pattern.compile("(?i)\\bthe (?:pre-money |post-money |post-investment |pre-investment )?valuation (?:was|is|stood|came|of)\\b"
            + "|(?iu)(?<![\\p{L}])die (?:\\p{L}+ )?bewertung (?:liegt|lag|beträgt|betrug|steigt|stieg|erhöht|klettert|kletterte)|(?:本轮|此轮)?(?:融资后|投后)?估值(?:达到|达|为|升至|超过)");

    private void addToFocus(String clause, List<NameSpan> names, Context ctx) {
        Draft f = ctx.focus;
        if (f == null) return;
        List<String> leads = InvestorExtractor.leads(clause, names);
        // a clause naming another company (not an investor of the round) is not about the last event
        List<Zone> zones = InvestorExtractor.zones(clause);
        int with = clause.toLowerCase(Locale.ROOT).indexOf(" with ");
        boolean otherCompany = false;
        for (NameSpan n : names) {
            if (InvestorExtractor.inZone(zones, n.start()) || sameCompany(n.canonical(), f.company) || isPerson(clause, n)) continue;
            if (leads.contains(n.canonical()) || clause.substring(0, n.start()).isBlank() || with >= 0 && n.start() > with) continue;
            otherCompany = true;
        }
        if (f.type == EventType.IPO) {
            if (otherCompany || !PRONOUN_START.matcher(clause).find() && !THIS_OFFERING.matcher(clause).find()) return;
            boolean proceeds = PROCEEDS.matcher(clause).find();
            for (RoledMoney rm : AmountRoles.classify(clause)) {
                if (rm.role() == AmountRoles.Role.OFFER_PRICE && f.offerPrice == null) f.offerPrice = rm.span().money();
                // "是次集资总额约23.6亿港元", "the offering raised $1.5 billion": the proceeds of the listing told just before
                if (rm.role() == AmountRoles.Role.AMOUNT && f.amount == null && proceeds) f.amount = rm.span().money();
            }
            if (f.exchange == null) f.exchange = ExchangeTicker.exchange(clause);
            if (f.ticker == null) {
                ExchangeTicker.Ticker t = ExchangeTicker.tickerAt(clause, 0);
                if (t != null) f.ticker = t.code();
            }
            return;
        }
        if (f.type == EventType.ACQUISITION) {
            // "Der Kaufpreis liegt bei rund 1,5 Milliarden Dollar", "The deal values WalkMe at $1.5 billion": the price told next
            if (f.amount != null || otherCompany || !DEAL_PRICE.matcher(clause).find()) return;
            for (RoledMoney rm : AmountRoles.classify(clause)) {
                if ((rm.role() == AmountRoles.Role.AMOUNT || rm.role() == AmountRoles.Role.POST_MONEY) && f.amount == null) f.amount = rm.span().money();
            }
            return;
        }
        if (f.type != EventType.FUNDING_ROUND || isDebt(clause)) return;
        for (String l : leads) if (!f.leads.contains(l) && !key(l).equals(key(f.company))) f.leads.add(l);
        if (otherCompany) return;
        boolean definite = definiteValuation(clause, true);
        if (!definite && !PRONOUN_START.matcher(clause).find()) return;
        for (RoledMoney rm : AmountRoles.classify(clause)) {
            if (rm.role() == AmountRoles.Role.POST_MONEY && f.postMoney == null && (!definite || f.preMoney == null)) f.postMoney = rm.span().money();
            if (rm.role() == AmountRoles.Role.PRE_MONEY && f.preMoney == null && (!definite || f.postMoney == null)) f.preMoney = rm.span().money();
        }
    }

    /** Words for the offering told before: "是次", "本次发行", "the offering". */
    private static final Pattern THIS_OFFERING = Pattern.compile("(?i)是次|本次|此次|该次|这次|\\bthe (?:offering|ipo|listing|float|flotation|share sale)\\b");
    /** Words of an offering's gross proceeds. */
    private static final Pattern PROCEEDS = Pattern.compile("(?i)集资|募资|募集|筹资|所得款项|\\b(?:raised|raising|raise|proceeds|brought in|fetched)\\b|erlös|brachte");

    static EventStatus certainty(EventStatus a, EventStatus b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
