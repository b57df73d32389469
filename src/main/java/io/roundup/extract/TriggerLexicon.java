package io.roundup.extract;

import io.roundup.domain.EventType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that make a clause a financing event. Specific triggers name the kind of event ("IPO",
 * "went public", "Series B", "funding round", "to acquire"); generic ones ("raised", "secured")
 * only say money came in and take the kind of event from the rest of the sentence.
 */
public final class TriggerLexicon {

    public enum Kind { SPECIFIC, GENERIC, PASSIVE_ACQUISITION, NOUN_ACQUISITION, INVEST, STAKE }

    /** A trigger word in a clause; {@code type} is null for generic money verbs. */
    public record Trigger(int start, int end, EventType type, Kind kind, String text) {
    }

    /** The English part of IPO: the whole pattern finds the same as this in a text without its German and Chinese words. */
    private static final String IPO_EN_SRC =
            "(?i)\\b(IPOs?|initial public offerings?|public offering|go(?:es|ing)? public|went public|listings?|"
                    + "listed (?:on|in)|lists? (?:on|in)|to list\\b|will list\\b|(?:market|trading|stock market|public market|stock exchange|hong kong|new york|nasdaq|nyse) debut|"
                    + "made (?:its|their|a) (?:market |trading |stock market |public )?debut|pric(?:ed|es|ing) (?:its|the|their) (?:shares|offering|stock|ipo|listing)|"
                    + "debut(?:ed|s)? (?:on|in) the|began trading|begins? trading|to begin trading|start(?:ed|s)? trading|to start trading|flotation|float(?:ed|s)? (?:on|in))\\b";
    private static final Pattern IPO_ONLY_EN = Pattern.compile(IPO_EN_SRC);
    private static final Pattern IPO = Pattern.compile(IPO_EN_SRC
                    + "|(?iu)(?<![\\p{L}])(?:börsengang\\p{L}*|börsendebüt\\p{L}*|börsennotierung|erstnotiz|börsenstart|börsenneuling|erster handelstag|an die (?:\\p{L}+ )?börse|an (?:der|die) (?:\\p{L}+ )?börse (?:gestartet|gegangen|debütiert))"
                    + "|(?<![\\w已非未])(?:上市(?!公司|企业|以来|后|前|辅导|规则)|首次公开发行|招股|挂牌|敲钟|登陆港交所|登陸港交所|登陆纳斯达克|登陆纽交所|登陆科创板|登陆[\\p{IsHan}]{0,6}?(?:港交所|纳斯达克|纽交所|科创板|创业板|主板|交易所|上交所|深交所|北交所|A股|港股|美股))|(?<=\\p{IsHan})IPO");
    /** The English part of FUNDING (see IPO_EN_SRC). */
    private static final String FUNDING_EN_SRC =
            "(?i)\\b(funding rounds?|financing rounds?|rounds? of (?:funding|financing)|investment rounds?|fund-?raising|fundraise|"
                    + "(?-i:Series [A-Z]\\+?\\d?)|seed (?:round|funding|financing)|pre-seed|pre-IPO (?:round|funding|financing)|angel round|(?-i:Pre-[A-Z]\\+?)|"
                    + "capital injection|strategic investment|equity financing|funding|financing|(?:new|latest|a|an|the|its|this|that|fresh) round(?! of (?:layoffs|talks|cuts|tariffs|voting|sanctions))|round (?:led|co-led|of|at|valuing|that|which)|(?<=(?:million|billion|bn|mn|[0-9][mb]) )(?:funding |financing |equity |investment )?round|"
                    + "(?-i:[A-Z]\\+?)[ -]round)\\b";
    private static final Pattern FUNDING_ONLY_EN = Pattern.compile(FUNDING_EN_SRC);
    private static final Pattern FUNDING = Pattern.compile(FUNDING_EN_SRC + "|(?:融资|輪融資|轮融资|融資|(?:天使|种子|战略|[A-Z]\\+?\\d?)轮(?!次))"
                    // a listed company's placing and private placement ("配售新股", "定增"); an IPO's tranches are no round
                    + "|(?<!国际|战略|公开|优先|网下|网上|基石|国际发售及)配售(?:新股|股份|新h股)?|先旧后新|定增|定向增发|非公开发行|向特定对象发行"
                    + "|(?u)(?<![\\p{L}])(?:(?:Series|Serie|Seed|Pre-Seed|[A-Z]\\+?|Wachstums|Investitions|Kapital)-?(?:Finanzierungs)?[Rr]unden?|Finanzierungsrunden?|Finanzierung|Kapitalerhöhung|(?:Wachstums|Anschluss|Risikokapital|Eigenkapital)finanzierung|(?-i:(?:Series|Serie)-[A-Z]\\+?\\d?-\\p{L}+)|Seed-\\p{L}+|Serie [A-Z](?![\\p{L}]))(?![\\p{L}])");
    /** The English part of GENERIC (see IPO_EN_SRC). */
    private static final String GENERIC_EN_SRC =
            "(?i)\\b(raised|raises|raise|raising|secured|secures|secure|landed|lands|bagged|bags|pulled in|garnered|"
                    + "closed|closes|nabbed|snagged|attracted|seeking|seeks|sought|"
                    // a company born with money: "emerged from stealth with $30 million", "launched with $10 million"
                    + "(?:emerged|emerges|emerging|came|comes) (?:out )?(?:of|from) stealth(?=[^.;]{0,30}? with)|(?:launched|launches|debuted) with(?=\\s+(?:US\\$|\\$|€|£|\\d))|"
                    // weak verbs: money only when an amount follows at once ("took $25 million", not "took a stake")
                    + "(?:took|picked up|hauled in|scooped up|collected|brought in|received|receives|gets|got|won|added|disclosed|announced|unveiled|revealed|confirmed)(?=\\s+(?:in\\s+)?(?:another\\s+|an additional\\s+|a further\\s+|fresh\\s+|a fresh\\s+|new\\s+|more than\\s+|over\\s+|about\\s+|around\\s+|roughly\\s+|nearly\\s+|almost\\s+|some\\s+|up to\\s+|at least\\s+|just over\\s+|close to\\s+)?(?:US\\$|\\$|€|£|HK\\$|C\\$|A\\$|S\\$|RMB|CNY|USD|EUR|GBP|¥|\\d)))\\b";
    private static final Pattern GENERIC_ONLY_EN = Pattern.compile(GENERIC_EN_SRC);
    private static final Pattern GENERIC = Pattern.compile(GENERIC_EN_SRC + "|募资|募集|获得|獲得|斩获|筹集"
                    + "|(?iu)(?<![\\p{L}])(?:eingesammelt|einsammeln|sammelt|sammelte|eingeworben|einwerben|aufnehmen|erhält|erhielt|erhalten|aufgenommen|bekommt|bekam)(?![\\p{L}])");
    /** Money put into a company: "invested $500 million in", "put 2 billion yuan into", "paid $2 billion for a 30% stake in". */
    private static final Pattern INVEST = Pattern.compile("(?i)\\b(invest(?:s|ed|ing)?|put|puts|putting|poured|pours|pumped|pumps|injected|injects|ploughed|plowed|paid|pays|paying|spent|spends)\\b"
            + "(?=\\s+(?:about |around |roughly |nearly |up to |more than |an additional |a further |another |some |over )?(?:US\\$|\\$|€|£|HK\\$|RMB|USD|EUR|\\d))");
    /** "took a 9.9% stake in Intel", "acquired a minority stake in X", "a $1 billion stake in Nokia": the verb up to "in". */
    private static final Pattern STAKE = Pattern.compile(
            "(?i)\\b(?:took|takes|taking|take|acquired|acquires|acquire|acquiring|bought|buys|buy|buying|purchased|purchases|purchase|picked up|picks up|built|builds)\\s+"
                    + "(?:a|an)\\s+(?:(?:about |around |roughly |nearly |some )?(?:US\\$|\\$|€|£)[\\d.,]+\\s*(?:million|billion|bn|m)?\\s+)?"
                    + "(?:(?:about |around |roughly |nearly )?\\d+(?:\\.\\d+)?\\s?(?:%|per ?cent)\\s+)?(?:minority |small |significant |strategic |non-voting |equity |passive )?stake\\s+in\\b");
    /** "bought $2 billion of Intel shares", "will buy $5 billion of Intel common stock": the verb and the money. */
    private static final Pattern SHARES_BOUGHT = Pattern.compile(
            "(?i)\\b(?:bought|buys|buy|buying|purchased|purchases|purchase)\\s+(?:about |around |roughly |nearly |some )?(?:US\\$|\\$|€|£)[\\d.,]+\\s*(?:million|billion|bn|m)?"
                    + "\\s+(?:worth\\s+)?of\\b(?=\\s+\\p{Lu}[^.;]{0,40}?\\b(?:shares|stock|equity)\\b)");
    /** "its $5 billion purchase of about 214.8 million Intel shares": money and a purchase of a company's shares. */
    private static final Pattern SHARES_PURCHASE = Pattern.compile(
            "(?i)(?:US\\$|\\$|€|£)[\\d.,]+\\s*(?:million|billion|bn|m)?\\s+(?:purchase|acquisition|investment)\\s+of\\s+(?:about |roughly |nearly |some )?"
                    + "[\\d.,]+\\s*(?:million|billion|m|bn)?\\s+(?:new\\s+)?(?=\\p{Lu}[^.;]{0,30}?\\b(?:shares|stock)\\b)");
    private static final String[] STAKE_WORDS = {"stake", "shares", "stock", "equity"};
    private static final String[] INVEST_WORDS = {"invest", "put", "pour", "pump", "inject", "plough", "plow", "paid", "pays", "paying", "spent", "spends"};
    /** "以143亿美元投资Scale AI": money right before the Chinese verb. */
    /** "以143亿美元投资Scale AI", "以约15亿欧元的价格认购X约20%的股份": money before the verb, the company after it. */
    private static final Pattern INVEST_ZH = Pattern.compile("(?:(?<=[元币金格])投资|入股|认购|增资|注资)(?=\\s?[A-Za-z\\p{IsHan}])");
    private static final String[] INVEST_ZH_WORDS = {"投资", "入股", "认购", "增资", "注资"};
    private static final Pattern ACQ_PASSIVE = Pattern.compile(
            "(?i)\\b((?:was|were|is|be|been|being|to be|agreed to be|will be)?\\s*(?:acquired|bought(?: out)?|purchased|taken over|snapped up) by|(?:acquisition|purchase|takeover|buyout) by)\\b|被.{1,12}收购");
    private static final Pattern ACQ_NOUN = Pattern.compile(
            "(?i)\\b(acquisition of|purchase of|takeover of|buyout of|merger with)\\b|(?u)Übernahme (?:von|des|der)|Kauf (?:von|des|der)");
    /** The English part of ACQ_ACTIVE (see IPO_EN_SRC). */
    private static final String ACQ_ACTIVE_EN_SRC =
            "(?i)\\b(acquires|acquired|acquire|acquiring|to buy|buys|bought|buying|will buy|agreed to buy|to purchase|purchased|takes over|took over|to take over|snapped up|snaps up)\\b";
    private static final Pattern ACQ_ACTIVE_ONLY_EN = Pattern.compile(ACQ_ACTIVE_EN_SRC);
    private static final Pattern ACQ_ACTIVE = Pattern.compile(ACQ_ACTIVE_EN_SRC + "|收购|收購|并购"
                    + "|(?u)(?<![\\p{L}])(?:übernimmt|übernahm|kauft|kaufte|erwirbt|erwarb|(?:zu )?übernehmen|(?:zu )?kaufen|(?:zu )?erwerben)(?![\\p{L}])"
                    // German passive without an agent: "wird WalkMe für 1,5 Mrd. Dollar übernommen"
                    // (the word first, then the look back: a look-behind tried at every position of every clause is slow)
                    + "|(?u)(?:übernommen|gekauft|erworben)(?<=(?:wird|wurde|werden|wurden)\\s[^.;]{1,80}(?:übernommen|gekauft|erworben))(?![\\p{L}])"
                    // German perfect: "SAP hat WalkMe übernommen": the auxiliary stands for the verb, the object follows it
                    + "|(?u)(?<![\\p{L}])(?:hat|hatte|haben|hatten)(?=\\s+(?:[^\\s;]+\\s+){1,10}?(?:übernommen|gekauft|erworben|akquiriert)(?![\\p{L}]))");
    /** German passive: "Y wurde von X übernommen" — the trigger is "von", the acquirer follows it. */
    private static final Pattern ACQ_PASSIVE_DE = Pattern.compile(
            "(?u)(?<![\\p{L}])von(?=\\s+(?:[^\\s;]+\\s+){1,10}?(?:übernommen|gekauft|erworben|akquiriert)(?![\\p{L}]))");

    /** "debt financing", "venture funding", "fund-raising" of a fund: money that is no equity round. */
    private static final Pattern NOT_EQUITY_BEFORE = Pattern.compile(".*\\b(?:debt|loan|credit|venture|fund|bond)[- ]$");

    private TriggerLexicon() {
    }

    /*
     * Words every alternative of a pattern contains (case-folded, see Prefilter): a clause without any of them
     * cannot match the pattern, which is then not run. Keep in step with the patterns above.
     */
    private static final String[] ACQ_PASSIVE_WORDS = {"acquired by", "bought by", "bought out by", "purchased by", "taken over by",
            "snapped up by", "acquisition by", "purchase by", "takeover by", "buyout by", "被"};
    private static final String[] GERMAN_PARTICIPLE_WORDS = {"übernommen", "gekauft", "erworben", "akquiriert"};
    private static final String[] ACQ_NOUN_WORDS = {"acquisition of", "purchase of", "takeover of", "buyout of", "merger with",
            "übernahme ", "kauf "};
    /** English verbs of ACQ_ACTIVE, each a whole word; then its Chinese and German words. */
    private static final String[] ACQ_ACTIVE_EN = {"acquires", "acquired", "acquire", "acquiring", "buy", "buys", "bought", "buying",
            "purchase", "purchased", "takes over", "took over", "take over", "snapped up", "snaps up"};
    private static final String[] ACQ_ACTIVE_OTHER = {"收购", "收購", "并购", "übern", "kauf", "erw", "akquiriert"};
    /** Words of IPO at a word start; then its German and Chinese words. */
    private static final String[] IPO_EN = {"ipo", "public", "list", "debut", "pric", "trading", "float", "flotation"};
    private static final String[] IPO_OTHER = {"börse", "erstnotiz", "handelstag", "上市", "首次公开发行", "招股", "挂牌", "敲钟", "登陆", "登陸"};
    /** Words of FUNDING at a word start ("round", not "around"); then words that may stand inside a German compound, and Chinese. */
    private static final String[] FUNDING_START = {"round", "fund", "financ", "serie", "seed", "pre-", "angel", "injection", "strategic"};
    private static final String[] FUNDING_OTHER = {"finanz", "runde", "kapitalerhöhung", "融资", "融資", "轮", "配售", "先旧后新", "定增", "增发",
            "非公开发行", "特定对象"};
    /** English verbs of GENERIC, each a whole word; then its Chinese and German words. */
    private static final String[] GENERIC_EN = {"raised", "raises", "raise", "raising", "secured", "secures", "secure", "landed", "lands",
            "bagged", "bags", "pulled in", "garnered", "closed", "closes", "nabbed", "snagged", "attracted", "seeking", "seeks", "sought",
            "took", "picked up", "hauled in", "scooped up", "collected", "brought in", "received", "receives", "gets", "got", "won", "added",
            "disclosed", "announced", "unveiled", "revealed", "confirmed",
            "emerged", "emerges", "emerging", "came", "comes", "launched", "launches", "debuted"};
    private static final String[] GENERIC_OTHER = {"募资", "募集", "获得", "獲得", "斩获", "筹集", "sammel", "eingeworben", "einwerben",
            "aufnehmen", "aufgenommen", "erh", "bekommt", "bekam"};

    /*
     * Words one of which every German alternative of a pattern contains (case-folded): a text without them and without
     * Chinese script can match only the English part of the pattern, which is then run alone (same matches, fewer tries).
     */
    private static final String[] IPO_DE = {"börse", "erstnotiz", "handelstag"};
    private static final String[] FUNDING_DE = {"unde", "finanz", "kapitalerh", "serie", "seed-"};
    private static final String[] GENERIC_DE = {"sammel", "eingeworben", "einwerben", "aufnehmen", "aufgenommen", "erh", "bekommt", "bekam"};
    private static final String[] ACQ_ACTIVE_DE = {"übern", "kauf", "erw", "akquiriert"};

    /** The pattern to run: its English part alone when the text has no Chinese script and none of its German words. */
    private static Pattern choose(Pattern all, Pattern english, String folded, boolean cjk, String[] germanWords) {
        return folded == null || cjk || Prefilter.any(folded, germanWords) ? all : english;
    }

    public static List<Trigger> find(String clause) {
        return find(clause, true);
    }

    /** {@code prefilter} false runs every pattern: the tests check that the word checks change nothing. */
    static List<Trigger> find(String clause, boolean prefilter) {
        return find(clause, prefilter, true);
    }

    /**
     * The acquisition and IPO triggers of a text, sorted: the same as those of {@link #find(String)}, found without
     * running the funding and money-verb patterns (they come later and never take the place of an earlier trigger).
     */
    static List<Trigger> findAcquisitionsAndIpos(String clause) {
        return find(clause, true, false);
    }

    static List<Trigger> findAcquisitionsAndIpos(String clause, boolean prefilter) {
        return find(clause, prefilter, false);
    }

    private static List<Trigger> find(String clause, boolean prefilter, boolean funding) {
        List<Trigger> out = new ArrayList<>();
        String f = prefilter ? Prefilter.fold(clause) : null;
        boolean cjk = f == null || Prefilter.hasCjk(clause);
        // a stake bought is a round of the company, not its acquisition: found first so "acquired" does not take its place
        if (f == null || Prefilter.any(f, STAKE_WORDS)) {
            add(out, clause, STAKE, EventType.FUNDING_ROUND, Kind.STAKE);
            add(out, clause, SHARES_BOUGHT, EventType.FUNDING_ROUND, Kind.STAKE);
            add(out, clause, SHARES_PURCHASE, EventType.FUNDING_ROUND, Kind.STAKE);
        }
        if (f == null || Prefilter.any(f, ACQ_PASSIVE_WORDS)) add(out, clause, ACQ_PASSIVE, EventType.ACQUISITION, Kind.PASSIVE_ACQUISITION);
        if (f == null || Prefilter.any(f, GERMAN_PARTICIPLE_WORDS)) add(out, clause, ACQ_PASSIVE_DE, EventType.ACQUISITION, Kind.PASSIVE_ACQUISITION);
        if (f == null || Prefilter.any(f, ACQ_NOUN_WORDS)) add(out, clause, ACQ_NOUN, EventType.ACQUISITION, Kind.NOUN_ACQUISITION);
        if (f == null || Prefilter.anyWord(clause, f, ACQ_ACTIVE_EN) || Prefilter.any(f, ACQ_ACTIVE_OTHER)) {
            Pattern p = choose(ACQ_ACTIVE, ACQ_ACTIVE_ONLY_EN, f, cjk, ACQ_ACTIVE_DE);
            add(out, clause, p, EventType.ACQUISITION, Kind.SPECIFIC, p == ACQ_ACTIVE_ONLY_EN ? f : null, ACQ_ACTIVE_EN_NEAR);
        }
        if (f == null || Prefilter.anyAtWordStart(clause, f, IPO_EN) || Prefilter.any(f, IPO_OTHER)) {
            Pattern p = choose(IPO, IPO_ONLY_EN, f, cjk, IPO_DE);
            add(out, clause, p, EventType.IPO, Kind.SPECIFIC, p == IPO_ONLY_EN ? f : null, IPO_EN_NEAR);
        }
        if (!funding) {
            out.removeIf(t -> t.kind() == Kind.STAKE);
            out.sort(Comparator.comparingInt(Trigger::start));
            return out;
        }
        if (f == null || Prefilter.anyAtWordStart(clause, f, FUNDING_START) || Prefilter.any(f, FUNDING_OTHER)) {
            Pattern p = choose(FUNDING, FUNDING_ONLY_EN, f, cjk, FUNDING_DE);
            add(out, clause, p, EventType.FUNDING_ROUND, Kind.SPECIFIC, f, p == FUNDING_ONLY_EN ? FUNDING_EN_NEAR : FUNDING_NEAR);
        }
        if (f == null || Prefilter.anyWord(clause, f, GENERIC_EN) || Prefilter.any(f, GENERIC_OTHER)) {
            Pattern p = choose(GENERIC, GENERIC_ONLY_EN, f, cjk, GENERIC_DE);
            add(out, clause, p, null, Kind.GENERIC, f, p == GENERIC_ONLY_EN ? GENERIC_EN_NEAR : GENERIC_NEAR);
        }
        if (f == null || Prefilter.any(f, INVEST_WORDS)) add(out, clause, INVEST, EventType.FUNDING_ROUND, Kind.INVEST);
        if (f == null || Prefilter.any(f, INVEST_ZH_WORDS)) add(out, clause, INVEST_ZH, EventType.FUNDING_ROUND, Kind.INVEST);
        out.sort(Comparator.comparingInt(Trigger::start));
        return out;
    }

    /*
     * How far into a match of a pattern its first word may stand: English parts "investment round" ("round" 11 chars
     * in), "made their stock market debut" (24), "agreed to buy" (10), the money verbs themselves (0); the whole
     * patterns' German compounds "Risikokapitalfinanzierung", "Investitions-Finanzierungsrunde" (13), "eingesammelt" (5).
     */
    private static final Prefilter.Near FUNDING_EN_NEAR = new Prefilter.Near(FUNDING_START, 11);
    private static final Prefilter.Near IPO_EN_NEAR = new Prefilter.Near(IPO_EN, 24);
    private static final Prefilter.Near ACQ_ACTIVE_EN_NEAR = new Prefilter.Near(ACQ_ACTIVE_EN, 10);
    private static final Prefilter.Near GENERIC_EN_NEAR = new Prefilter.Near(GENERIC_EN, 0);
    private static final Prefilter.Near FUNDING_NEAR = new Prefilter.Near(concat(FUNDING_START, FUNDING_OTHER, FUNDING_DE), 13);
    private static final Prefilter.Near GENERIC_NEAR = new Prefilter.Near(concat(GENERIC_EN, GENERIC_OTHER), 5);

    private static String[] concat(String[]... lists) {
        return java.util.Arrays.stream(lists).flatMap(java.util.Arrays::stream).distinct().toArray(String[]::new);
    }

    private static void add(List<Trigger> out, String text, Pattern p, EventType type, Kind kind) {
        add(out, text, p, type, kind, null, null);
    }

    /** {@code folded}, when given, is the folded text: p is then tried only {@code near} its words. */
    private static void add(List<Trigger> out, String text, Pattern p, EventType type, Kind kind, String folded, Prefilter.Near near) {
        Matcher m = folded != null ? Prefilter.startsChecked(p, text) : p.matcher(text);
        int from = 0;
        while (folded != null ? near.find(m, text, folded, from) : m.find()) {
            from = m.end();
            int s = m.start(), e = m.end();
            while (s < e && Character.isWhitespace(text.charAt(s))) s++;
            if (type == EventType.FUNDING_ROUND && kind != Kind.INVEST || kind == Kind.GENERIC) {
                String before = text.substring(Math.max(0, s - 12), s).toLowerCase(java.util.Locale.ROOT);
                if (NOT_EQUITY_BEFORE.matcher(before).matches()) continue;
            }
            boolean overlap = false;
            for (Trigger t : out) if (s < t.end() && t.start() < e) overlap = true;
            if (!overlap) out.add(new Trigger(s, e, type, kind, text.substring(s, e)));
        }
    }

    /** The round label of a clause ("Series C", "seed", "Pre-A", "Series B extension"), or null; see {@link RoundLabels}. */
    public static String roundLabel(String clause) {
        return RoundLabels.of(clause);
    }
}
