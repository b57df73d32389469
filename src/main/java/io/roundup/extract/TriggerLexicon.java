package io.roundup.extract;

import io.roundup.domain.EventType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    /*
     * Each pattern with its words (see Guard): a clause without any of them cannot match it. A pattern in three
     * languages has its English part of its own: without Chinese script and its German words the text can match
     * only that part, which is then run alone (same matches, fewer tries). How far into a match its first word may
     * stand: English parts "investment round" ("round" 11 chars in), "made their stock market debut" (24), "agreed
     * to buy" (10), the money verbs themselves (0); the whole patterns' German compounds "Risikokapitalfinanzierung",
     * "Investitions-Finanzierungsrunde" (13), "eingesammelt" (5).
     */

    /** Words of IPO at a word start; then its German and Chinese words; the German words alone. */
    private static final String[] IPO_EN = {"ipo", "public", "list", "debut", "pric", "trading", "float", "flotation"};
    private static final String[] IPO_OTHER = {"börse", "erstnotiz", "handelstag", "上市", "首次公开发行", "招股", "挂牌", "敲钟", "登陆", "登陸"};
    private static final String[] IPO_DE = {"börse", "erstnotiz", "handelstag"};
    private static final GuardedPattern IPO_ONLY_EN = GuardedPattern.of(
            "(?i)\\b(IPOs?|initial public offerings?|public offering|go(?:es|ing)? public|went public|listings?|"
                    + "listed (?:on|in)|lists? (?:on|in)|to list\\b|will list\\b|(?:market|trading|stock market|public market|stock exchange|hong kong|new york|nasdaq|nyse) debut|"
                    + "made (?:its|their|a) (?:market |trading |stock market |public )?debut|pric(?:ed|es|ing) (?:its|the|their) (?:shares|offering|stock|ipo|listing)|"
                    + "debut(?:ed|s)? (?:on|in) the|began trading|begins? trading|to begin trading|start(?:ed|s)? trading|to start trading|flotation|float(?:ed|s)? (?:on|in))\\b",
            Guard.wordStarts(IPO_EN), 24);
    private static final GuardedPattern IPO = GuardedPattern.withOthers(IPO_ONLY_EN,
            "|(?iu)(?<![\\p{L}])(?:börsengang\\p{L}*|börsendebüt\\p{L}*|börsennotierung|erstnotiz|börsenstart|börsenneuling|erster handelstag|an die (?:\\p{L}+ )?börse|an (?:der|die) (?:\\p{L}+ )?börse (?:gestartet|gegangen|debütiert))"
                    + "|(?<![\\w已非未])(?:上市(?!公司|企业|以来|后|前|辅导|规则)|首次公开发行|招股|挂牌|敲钟|登陆港交所|登陸港交所|登陆纳斯达克|登陆纽交所|登陆科创板|登陆[\\p{IsHan}]{0,6}?(?:港交所|纳斯达克|纽交所|科创板|创业板|主板|交易所|上交所|深交所|北交所|A股|港股|美股))|(?<=\\p{IsHan})IPO",
            Guard.wordStarts(IPO_EN).or(Guard.words(IPO_OTHER)), Guard.cjk().or(Guard.words(IPO_DE)), null);

    /** Words of FUNDING at a word start ("round", not "around"); then words that may stand inside a German compound, and Chinese. */
    private static final String[] FUNDING_START = {"round", "fund", "financ", "serie", "seed", "pre-", "angel", "injection", "strategic"};
    private static final String[] FUNDING_OTHER = {"finanz", "runde", "kapitalerhöhung", "融资", "融資", "轮", "配售", "先旧后新", "定增", "增发",
            "非公开发行", "特定对象"};
    private static final String[] FUNDING_DE = {"unde", "finanz", "kapitalerh", "serie", "seed-"};
    private static final GuardedPattern FUNDING_ONLY_EN = GuardedPattern.of(
            "(?i)\\b(funding rounds?|financing rounds?|rounds? of (?:funding|financing)|investment rounds?|fund-?raising|fundraise|"
                    + "(?-i:Series [A-Z]\\+?\\d?)|seed (?:round|funding|financing)|pre-seed|pre-IPO (?:round|funding|financing)|angel round|(?-i:Pre-[A-Z]\\+?)|"
                    + "capital injection|strategic investment|equity financing|funding|financing|(?:new|latest|a|an|the|its|this|that|fresh) round(?! of (?:layoffs|talks|cuts|tariffs|voting|sanctions))|round (?:led|co-led|of|at|valuing|that|which)|(?<=(?:million|billion|bn|mn|[0-9][mb]) )(?:funding |financing |equity |investment )?round|"
                    + "(?-i:[A-Z]\\+?)[ -]round)\\b",
            Guard.wordStarts(FUNDING_START), 11);
    private static final GuardedPattern FUNDING = GuardedPattern.withOthers(FUNDING_ONLY_EN, "|(?:融资|輪融資|轮融资|融資|(?:天使|种子|战略|[A-Z]\\+?\\d?)轮(?!次))"
                    // a listed company's placing and private placement ("配售新股", "定增"); an IPO's tranches are no round
                    + "|(?<!国际|战略|公开|优先|网下|网上|基石|国际发售及)配售(?:新股|股份|新h股)?|先旧后新|定增|定向增发|非公开发行|向特定对象发行"
                    + "|(?u)(?<![\\p{L}])(?:(?:Series|Serie|Seed|Pre-Seed|[A-Z]\\+?|Wachstums|Investitions|Kapital)-?(?:Finanzierungs)?[Rr]unden?|Finanzierungsrunden?|Finanzierung|Kapitalerhöhung|(?:Wachstums|Anschluss|Risikokapital|Eigenkapital)finanzierung|(?-i:(?:Series|Serie)-[A-Z]\\+?\\d?-\\p{L}+)|Seed-\\p{L}+|Serie [A-Z](?![\\p{L}]))(?![\\p{L}])",
            Guard.wordStarts(FUNDING_START).or(Guard.words(FUNDING_OTHER)), Guard.cjk().or(Guard.words(FUNDING_DE)),
            Prefilter.Near.of(13, FUNDING_START, FUNDING_OTHER, FUNDING_DE));

    /** English verbs of GENERIC, each a whole word; then its Chinese and German words; the German words alone. */
    private static final String[] GENERIC_EN = {"raised", "raises", "raise", "raising", "secured", "secures", "secure", "landed", "lands",
            "bagged", "bags", "pulled in", "garnered", "closed", "closes", "nabbed", "snagged", "attracted", "seeking", "seeks", "sought",
            "took", "picked up", "hauled in", "scooped up", "collected", "brought in", "received", "receives", "gets", "got", "won", "added",
            "disclosed", "announced", "unveiled", "revealed", "confirmed",
            "emerged", "emerges", "emerging", "came", "comes", "launched", "launches", "debuted"};
    private static final String[] GENERIC_OTHER = {"募资", "募集", "获得", "獲得", "斩获", "筹集", "sammel", "eingeworben", "einwerben",
            "aufnehmen", "aufgenommen", "erh", "bekommt", "bekam"};
    private static final String[] GENERIC_DE = {"sammel", "eingeworben", "einwerben", "aufnehmen", "aufgenommen", "erh", "bekommt", "bekam"};
    private static final GuardedPattern GENERIC_ONLY_EN = GuardedPattern.of(
            "(?i)\\b(raised|raises|raise|raising|secured|secures|secure|landed|lands|bagged|bags|pulled in|garnered|"
                    + "closed|closes|nabbed|snagged|attracted|seeking|seeks|sought|"
                    // a company born with money: "emerged from stealth with $30 million", "launched with $10 million"
                    + "(?:emerged|emerges|emerging|came|comes) (?:out )?(?:of|from) stealth(?=[^.;]{0,30}? with)|(?:launched|launches|debuted) with(?=\\s+(?:US\\$|\\$|€|£|\\d))|"
                    // weak verbs: money only when an amount follows at once ("took $25 million", not "took a stake")
                    + "(?:took|picked up|hauled in|scooped up|collected|brought in|received|receives|gets|got|won|added|disclosed|announced|unveiled|revealed|confirmed)(?=\\s+(?:in\\s+)?(?:another\\s+|an additional\\s+|a further\\s+|fresh\\s+|a fresh\\s+|new\\s+|more than\\s+|over\\s+|about\\s+|around\\s+|roughly\\s+|nearly\\s+|almost\\s+|some\\s+|up to\\s+|at least\\s+|just over\\s+|close to\\s+)?(?:US\\$|\\$|€|£|HK\\$|C\\$|A\\$|S\\$|RMB|CNY|USD|EUR|GBP|¥|\\d)))\\b",
            Guard.wholeWords(GENERIC_EN), 0);
    private static final GuardedPattern GENERIC = GuardedPattern.withOthers(GENERIC_ONLY_EN, "|募资|募集|获得|獲得|斩获|筹集"
                    + "|(?iu)(?<![\\p{L}])(?:eingesammelt|einsammeln|sammelt|sammelte|eingeworben|einwerben|aufnehmen|erhält|erhielt|erhalten|aufgenommen|bekommt|bekam)(?![\\p{L}])",
            Guard.wholeWords(GENERIC_EN).or(Guard.words(GENERIC_OTHER)), Guard.cjk().or(Guard.words(GENERIC_DE)),
            Prefilter.Near.of(5, GENERIC_EN, GENERIC_OTHER));
    /** Money put into a company: "invested $500 million in", "put 2 billion yuan into", "paid $2 billion for a 30% stake in". */
    private static final GuardedPattern INVEST = GuardedPattern.of("(?i)\\b(invest(?:s|ed|ing)?|put|puts|putting|poured|pours|pumped|pumps|injected|injects|ploughed|plowed|paid|pays|paying|spent|spends)\\b"
            + "(?=\\s+(?:about |around |roughly |nearly |up to |more than |an additional |a further |another |some |over )?(?:US\\$|\\$|€|£|HK\\$|RMB|USD|EUR|\\d))",
            Guard.words("invest", "put", "pour", "pump", "inject", "plough", "plow", "paid", "pays", "paying", "spent", "spends"));
    /** "took a 9.9% stake in Intel", "acquired a minority stake in X", "a $1 billion stake in Nokia": the verb up to "in". */
    private static final GuardedPattern STAKE = GuardedPattern.of(
            "(?i)\\b(?:took|takes|taking|take|acquired|acquires|acquire|acquiring|bought|buys|buy|buying|purchased|purchases|purchase|picked up|picks up|built|builds)\\s+"
                    + "(?:a|an)\\s+(?:(?:about |around |roughly |nearly |some )?(?:US\\$|\\$|€|£)[\\d.,]+\\s*(?:million|billion|bn|m)?\\s+)?"
                    + "(?:(?:about |around |roughly |nearly )?\\d+(?:\\.\\d+)?\\s?(?:%|per ?cent)\\s+)?(?:minority |small |significant |strategic |non-voting |equity |passive )?stake\\s+in\\b",
            Guard.words("stake"));
    /** "bought $2 billion of Intel shares", "will buy $5 billion of Intel common stock": the verb and the money. */
    private static final GuardedPattern SHARES_BOUGHT = GuardedPattern.of(
            "(?i)\\b(?:bought|buys|buy|buying|purchased|purchases|purchase)\\s+(?:about |around |roughly |nearly |some )?(?:US\\$|\\$|€|£)[\\d.,]+\\s*(?:million|billion|bn|m)?"
                    + "\\s+(?:worth\\s+)?of\\b(?=\\s+\\p{Lu}[^.;]{0,40}?\\b(?:shares|stock|equity)\\b)",
            Guard.words("shares", "stock", "equity"));
    /** "its $5 billion purchase of about 214.8 million Intel shares": money and a purchase of a company's shares. */
    private static final GuardedPattern SHARES_PURCHASE = GuardedPattern.of(
            "(?i)(?:US\\$|\\$|€|£)[\\d.,]+\\s*(?:million|billion|bn|m)?\\s+(?:purchase|acquisition|investment)\\s+of\\s+(?:about |roughly |nearly |some )?"
                    + "[\\d.,]+\\s*(?:million|billion|m|bn)?\\s+(?:new\\s+)?(?=\\p{Lu}[^.;]{0,30}?\\b(?:shares|stock)\\b)",
            Guard.words("shares", "stock"));
    /** "以143亿美元投资Scale AI", "以约15亿欧元的价格认购X约20%的股份": money before the verb, the company after it. */
    private static final GuardedPattern INVEST_ZH = GuardedPattern.of("(?:(?<=[元币金格])投资|入股|认购|增资|注资)(?=\\s?[A-Za-z\\p{IsHan}])",
            Guard.wordsAsWritten("投资", "入股", "认购", "增资", "注资"));
    private static final GuardedPattern ACQ_PASSIVE = GuardedPattern.of(
            "(?i)\\b((?:was|were|is|be|been|being|to be|agreed to be|will be)?\\s*(?:acquired|bought(?: out)?|purchased|taken over|snapped up) by|(?:acquisition|purchase|takeover|buyout) by)\\b|被.{1,12}收购",
            Guard.words("acquired by", "bought by", "bought out by", "purchased by", "taken over by", "snapped up by", "acquisition by",
                    "purchase by", "takeover by", "buyout by", "被"));
    private static final GuardedPattern ACQ_NOUN = GuardedPattern.of(
            "(?i)\\b(acquisition of|purchase of|takeover of|buyout of|merger with)\\b|(?u)Übernahme (?:von|des|der)|Kauf (?:von|des|der)",
            Guard.words("acquisition of", "purchase of", "takeover of", "buyout of", "merger with", "übernahme ", "kauf "));
    /** English verbs of ACQ_ACTIVE, each a whole word; then its Chinese and German words; the German words alone. */
    private static final String[] ACQ_ACTIVE_EN = {"acquires", "acquired", "acquire", "acquiring", "buy", "buys", "bought", "buying",
            "purchase", "purchased", "takes over", "took over", "take over", "snapped up", "snaps up"};
    private static final String[] ACQ_ACTIVE_OTHER = {"收购", "收購", "并购", "übern", "kauf", "erw", "akquiriert"};
    private static final String[] ACQ_ACTIVE_DE = {"übern", "kauf", "erw", "akquiriert"};
    private static final GuardedPattern ACQ_ACTIVE_ONLY_EN = GuardedPattern.of(
            "(?i)\\b(acquires|acquired|acquire|acquiring|to buy|buys|bought|buying|will buy|agreed to buy|to purchase|purchased|takes over|took over|to take over|snapped up|snaps up)\\b",
            Guard.wholeWords(ACQ_ACTIVE_EN), 10);
    private static final GuardedPattern ACQ_ACTIVE = GuardedPattern.withOthers(ACQ_ACTIVE_ONLY_EN, "|收购|收購|并购"
                    + "|(?u)(?<![\\p{L}])(?:übernimmt|übernahm|kauft|kaufte|erwirbt|erwarb|(?:zu )?übernehmen|(?:zu )?kaufen|(?:zu )?erwerben)(?![\\p{L}])"
                    // German passive without an agent: "wird WalkMe für 1,5 Mrd. Dollar übernommen"
                    // (the word first, then the look back: a look-behind tried at every position of every clause is slow)
                    + "|(?u)(?:übernommen|gekauft|erworben)(?<=(?:wird|wurde|werden|wurden)\\s[^.;]{1,80}(?:übernommen|gekauft|erworben))(?![\\p{L}])"
                    // German perfect: "SAP hat WalkMe übernommen": the auxiliary stands for the verb, the object follows it
                    + "|(?u)(?<![\\p{L}])(?:hat|hatte|haben|hatten)(?=\\s+(?:[^\\s;]+\\s+){1,10}?(?:übernommen|gekauft|erworben|akquiriert)(?![\\p{L}]))",
            Guard.wholeWords(ACQ_ACTIVE_EN).or(Guard.words(ACQ_ACTIVE_OTHER)), Guard.cjk().or(Guard.words(ACQ_ACTIVE_DE)), null);
    /** German passive: "Y wurde von X übernommen" — the trigger is "von", the acquirer follows it. */
    private static final GuardedPattern ACQ_PASSIVE_DE = GuardedPattern.of(
            "(?u)(?<![\\p{L}])von(?=\\s+(?:[^\\s;]+\\s+){1,10}?(?:übernommen|gekauft|erworben|akquiriert)(?![\\p{L}]))",
            Guard.words("übernommen", "gekauft", "erworben", "akquiriert"));

    /** "debt financing", "venture funding", "fund-raising" of a fund: money that is no equity round. */
    private static final Pattern NOT_EQUITY_BEFORE = Pattern.compile(".*\\b(?:debt|loan|credit|venture|fund|bond)[- ]$");

    private TriggerLexicon() {
    }

    public static List<Trigger> find(String clause) {
        return triggers(clause, true);
    }

    /**
     * The acquisition and IPO triggers of a text, sorted: the same as those of {@link #find(String)}, found without
     * running the funding and money-verb patterns (they come later and never take the place of an earlier trigger).
     */
    static List<Trigger> findAcquisitionsAndIpos(String clause) {
        return triggers(clause, false);
    }

    private static List<Trigger> triggers(String clause, boolean funding) {
        List<Trigger> out = new ArrayList<>();
        String f = Prefilter.fold(clause);
        // a stake bought is a round of the company, not its acquisition: found first so "acquired" does not take its place
        add(out, clause, f, STAKE, EventType.FUNDING_ROUND, Kind.STAKE);
        add(out, clause, f, SHARES_BOUGHT, EventType.FUNDING_ROUND, Kind.STAKE);
        add(out, clause, f, SHARES_PURCHASE, EventType.FUNDING_ROUND, Kind.STAKE);
        add(out, clause, f, ACQ_PASSIVE, EventType.ACQUISITION, Kind.PASSIVE_ACQUISITION);
        add(out, clause, f, ACQ_PASSIVE_DE, EventType.ACQUISITION, Kind.PASSIVE_ACQUISITION);
        add(out, clause, f, ACQ_NOUN, EventType.ACQUISITION, Kind.NOUN_ACQUISITION);
        add(out, clause, f, ACQ_ACTIVE, EventType.ACQUISITION, Kind.SPECIFIC);
        add(out, clause, f, IPO, EventType.IPO, Kind.SPECIFIC);
        if (!funding) {
            out.removeIf(t -> t.kind() == Kind.STAKE);
            out.sort(Comparator.comparingInt(Trigger::start));
            return out;
        }
        add(out, clause, f, FUNDING, EventType.FUNDING_ROUND, Kind.SPECIFIC);
        add(out, clause, f, GENERIC, null, Kind.GENERIC);
        add(out, clause, f, INVEST, EventType.FUNDING_ROUND, Kind.INVEST);
        add(out, clause, f, INVEST_ZH, EventType.FUNDING_ROUND, Kind.INVEST);
        out.sort(Comparator.comparingInt(Trigger::start));
        return out;
    }

    /** The triggers {@code p} finds in {@code text} ({@code folded} its fold) where no earlier one stands. */
    private static void add(List<Trigger> out, String text, String folded, GuardedPattern p, EventType type, Kind kind) {
        GuardedPattern.Finder m = p.finder(text, folded);
        while (m.find()) {
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
