package io.roundup.extract;

import io.roundup.extract.AmountParser.MoneySpan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a money figure is in its clause, read from the words just before it (back to the previous
 * figure) and just after it: the money raised, a post- or pre-money valuation, a per-share offer
 * price, or something that is not an event amount (market value, share prices, trading volume,
 * revenue, capex, a target, one investor's slice, a cumulative total).
 */
public final class AmountRoles {

    public enum Role { AMOUNT, POST_MONEY, PRE_MONEY, OFFER_PRICE, IGNORE }

    /** A figure with its role. */
    public record RoledMoney(MoneySpan span, Role role) {
    }

    /** A cue pattern and the role it gives. */
    private record Cue(GuardedPattern pattern, Role role) {
    }

    /**
     * A cue: its pattern runs on the lower-cased words around a figure, after the check for its words, one of which
     * each of its alternatives holds (see Guard).
     */
    private static Cue cue(String regex, Role role, String... words) {
        return new Cue(GuardedPattern.of(regex, Guard.wordsAsWritten(words)), role);
    }

    /** Cues looked for before the figure; the one closest to the figure decides. */
    private static final List<Cue> BEFORE = List.of(
            cue("pre-money-bewertung(?: von| in höhe von| bei| auf)?|pre-?money(?: valuation)?|pre-investment(?: valuation)?|pre money(?: valuation)?|投前估值|投前|pre-money-bewertung(?: von| in höhe von| bei| auf)?|bewertung vor (?:dem|der) \\w+(?: von| bei| auf)?|投前估值(?:为|达|约)?", Role.PRE_MONEY,
                    "money", "pre-investment", "投前", "bewertung vor"),
            cue("market (?:cap|capitali[sz]ation|value|valuation)|closing market value|市值|börsenwert|marktwert|marktkapitalisierung|börsenbewertung", Role.IGNORE,
                    "market ", "市值", "börsenwert", "marktwert", "marktkapitalisierung", "börsenbewertung"),
            cue("post-?money|post-investment|valuation|valued (?:it |the company |the startup |the firm )?at|valuing|"
                    + "valu(?:e|es|ed|ing)\\b(?:\\s+[\\w'’-]+){0,5}?\\s+at|worth|投后估值|估值|bewertung|bewert\\w*(?:\\s+\\S+){0,7}?\\s+(?:mit|zu|auf)|unternehmenswert|nach (?:dem|der) (?:investment|investition|finanzierung\\w*|runde|kapitalerhöhung)(?: bei| von| auf)?|(?:bewertung|估值)\\s+(?:\\S+\\s+){0,6}?(?:bei|auf|von|mit)", Role.POST_MONEY,
                    "post", "valu", "worth", "估值", "bewert", "unternehmenswert", "nach de"),
            // "that round eventually closed at $675 million": a round's close, not a share price's
            cue("(?:round|raise|financing|funding|series [a-z])(?:\\s+\\w+){0,3}?\\s+closed at", Role.AMOUNT, "closed at"),
            cue("(?:opening|closing|trading|share|stock|last|average) price(?: of)?|opened at|closed at|a low of|a high of|low of|high of|peak|"
                    + "shares (?:rose|surged|jumped|fell|dropped|climbed|closed|opened|soared|gained)|trading at|traded at|share price|stock price|price target|"
                    + "turnover|trading volume|volume of|收盘|开盘|股价|schlusskurs|eröffnungskurs|aktienkurs|kurs von|aktie (?:stieg|fiel|legte|sprang|kletterte)", Role.IGNORE,
                    "price", "opened at", "closed at", "low of", "high of", "peak", "shares ", "trading at", "traded at", "turnover", "volume", "收盘", "开盘", "股价", "kurs", "aktie "),
            cue("(?:issue|offer|offering|ipo|listing|final|subscription) price|priced (?:its shares |the shares |the ipo |the offering )?at|"
                    + "pric(?:ed|ing|es) (?:its |the |their )?(?:shares |stock |offering |ipo |listing )?at|"
                    + "price of|per share|发行价|招股价|发售价|ausgabepreis|emissionspreis|platzierungspreis|angebotspreis", Role.OFFER_PRICE,
                    "pric", "per share", "发行价", "招股价", "发售价", "preis"),

            cue("target|goal|range of|price range|marketed range|between|originally (?:sought|aimed|planned)|initially sought|from an initial|had planned|planned to (?:offer|raise|sell)|zielgröße|spanne|preisspanne|目标", Role.IGNORE,
                    "target", "goal", "range", "between", "originally", "initially sought", "from an initial", "planned", "zielgröße", "spanne", "目标"),
            cue("equity value|enterprise value|deal value|transaction value|deal worth|in a deal|purchase price|for about|for roughly|for around|for", Role.AMOUNT,
                    "value", "deal", "purchase price", "for"),
            cue("includ(?:ing|ed|es)|of which|darunter|davon|其中|\\bfund (?:of|worth|size)|fondsvolumen|fonds|基金|contribut\\w*|commitment from|stake|slice|portion|share of|tranche|accounts? for|accounted for|put in|provid\\w*|chipped in|committed", Role.IGNORE,
                    "includ", "of which", "darunter", "davon", "其中", "fund ", "fonds", "基金", "contribut", "commitment from", "stake", "slice", "portion", "share of", "tranche", "account", "put in", "provid", "chipped in", "committed"),
            cue("to date|in total|total(?:ling)?|cumulative|so far|bringing|brings|累计|总计|合计|迄今|insgesamt|bislang|bisher", Role.IGNORE,
                    "to date", "total", "cumulative", "so far", "bring", "累计", "总计", "合计", "迄今", "insgesamt", "bislang", "bisher"),
            // costs and what is left after them: "扣除约1.55亿港元上市开支后，净筹约40亿港元", "net proceeds of"
            cue("扣除|开支|费用|净筹|净额|净募|净集资|net proceeds|expenses|fees|nettoerlös", Role.IGNORE,
                    "扣除", "开支", "费用", "净筹", "净额", "净募", "净集资", "net proceeds", "expenses", "fees", "nettoerlös"),
            cue("revenue|sales|\\barr\\b|run-?rate|profit|loss|income|earnings|营收|收入|利润|营业额|umsatz|jahresumsatz|umsätze|gewinn|verlust", Role.IGNORE,
                    "revenue", "sales", "arr", "run", "profit", "loss", "income", "earnings", "营收", "收入", "利润", "营业额", "umsatz", "umsätze", "gewinn", "verlust"),
            cue("capex|capital expenditure|invest(?:ing|ed|s)?\\b|spend(?:ing)?|data cent(?:er|re)|budget|chips|"
                    + "compute|infrastructure|contract|partnership|投资.*领域|rechenzentr\\w*|investitionen|investieren|infrastruktur|数据中心|算力", Role.IGNORE,
                    "capex", "capital expenditure", "invest", "spend", "data cent", "budget", "chips", "compute", "infrastructure", "contract", "partnership", "投资", "rechenzentr", "infrastruktur", "数据中心", "算力"),
            cue("rais(?:e|ed|es|ing)|secur(?:e|ed|es)|round|funding|financing|proceeds|through|offering|ipo|"
                    + "landed|bagged|pulled in|closed|garnered|募资|募集|融资|获得|金额|募得|筹资|收购价|对价|作价|所得款项|集资|总额|eingesammelt|sammelt|sammelte|erhält|erhielt|erhalten|finanzierungsrunde|finanzierung|runde|volumen|in höhe von|kaufpreis|emissionserlös|bruttoerlös|übernahme|für rund|für", Role.AMOUNT,
                    "rais", "secur", "round", "funding", "financing", "proceeds", "through", "offering", "ipo", "landed", "bagged", "pulled in", "closed", "garnered", "募资", "募集", "融资", "获得", "金额", "募得", "筹资", "收购价", "对价", "作价", "所得款项", "集资", "总额", "sammel", "erh", "finanz", "runde", "volumen", "in höhe von", "kaufpreis", "erlös", "übernahme", "für"));

    /** Words that make any figure after them a total, not one round: they win over "raised". */
    private static final GuardedPattern CUMULATIVE = GuardedPattern.of(
            "\\b(?:counting|combined|altogether|all told|in all|cumulative(?:ly)?|to date|so far|in total|total(?:ling)? (?:of|funding|raised)|brings? (?:its|the) total|bringing (?:its|the) total|"
                    + "debt|loan|credit facility|revolving|insgesamt|bislang|bisher|seit (?:der |ihrer |seiner )?gründung|in summe|kredit\\w*|darlehen|fremdkapital|anleihe\\w*|"
                    + "cash (?:on hand|reserves?|pile|position)|in the bank|barmittel\\w*|liquide mittel)\\b|累计|总计|迄今|贷款|债券|授信|账上|现金储备|现金余额"
                    // a market's total: "今年上半年港股IPO集资额已突破1,000亿港元"
                    + "|(?:港股|a股|美股|全年|上半年|下半年|年内)[^，。；]{0,8}?(?:集资额|募资额|融资额|融资总额|集资总额|募资总额)",
            Guard.wordsAsWritten("counting", "combined", "altogether", "all told", "in all", "cumulative", "to date",
            "so far", "total", "debt", "loan", "credit facility", "revolving", "insgesamt", "bislang", "bisher", "gründung", "in summe", "kredit",
            "darlehen", "fremdkapital", "anleihe", "累计", "总计", "迄今", "贷款", "债券", "授信", "cash ", "in the bank", "barmittel", "liquide mittel",
            "账上", "现金储备", "现金余额", "集资额", "募资额", "融资额", "融资总额", "集资总额", "募资总额"));
    private static final Pattern AFTER_POST = Pattern.compile("^\\s*(?:的?(?:投后)?估值|(?:,\\s*)?nach (?:dem|der) (?:investment|investition|finanzierung|finanzierungsrunde|runde|kapitalerhöhung|geldspritze)|(?:post-money-)?bewert(?:et|en|e)\\b|bewertung\\b|[（(]投后[）)]|(?:post-?money |post-investment )?valuation|(?:,\\s*)?(?:after|including) (?:the |its )?(?:new )?(?:money|investment|funding|round|capital))");
    /** "$27 billion of financing with Blue Owl for its Hyperion data-centre campus": money tied to one asset is project finance. */
    private static final Pattern PROJECT_FINANCE = Pattern.compile(
            "^\\s*(?:of|in)\\s+(?:project\\s+|construction\\s+)?(?:financing|funding|debt)\\b[^.;]{0,60}?\\bfor\\s+(?:its|the|a|an|their|his|her)\\s+"
                    + "(?:[\\w-]+\\s+){0,4}?(?:data[- ]cent(?:er|re)s?|campus(?:es)?|plants?|factor(?:y|ies)|facilit(?:y|ies)|sites?|projects?|power stations?|fabs?)\\b");
    private static final Pattern AFTER_PRE = Pattern.compile("^\\s*(?:的?投前估值|(?:,\\s*)?vor (?:dem|der) (?:investment|investition|finanzierung|finanzierungsrunde|runde|kapitalerhöhung|geldspritze)|\\(?pre-money\\)?|[（(]投前[）)]|pre-?money valuation|(?:,\\s*)?before (?:the |its )?(?:new )?(?:money|investment|funding|round|capital))");
    private static final Pattern AFTER_PRICE = Pattern.compile("^\\s*(?:je aktie|pro aktie|per (?:american depositary |ordinary |class [a-z] |h )?(?:share|ads|adr)\\b|a share|apiece|each|/share|每股)");
    private static final Pattern AFTER_IGNORE = Pattern.compile(
            "^\\s*(?:(?:commitments?|contracts?|orders?|grants?)\\b|(?!(?:to|will|would|which|that|and|help|helps|used)\\b)(?:[a-z-]+\\s+){1,2}?(?:vehicles?|fonds)\\b|的?[\\p{IsHan}]{0,4}基金|的?[\\p{IsHan}]{0,4}?(?:贷款|债券|授信|信贷|债务|营收|收入|营业额)|(?:umsatz|jahresumsatz|kredit\\w*|darlehen|schulden|fonds|wagniskapitalfonds|risikokapitalfonds)\\b|of (?:the|this|that|its) (?:round|financing|funding|raise|total|investment)|(?:venture |new |flagship |growth |early-stage |debut |second |third )*funds?\\b|(?:revolving |syndicated |term |senior |secured )*(?:credit|loans?|debt|bonds?|notes)\\b|since (?:\\d{4}|its|the|it was)|over the course of|over the (?:past|last)|since (?:its )?(?:founding|inception|launch)|(?:of|in|for|across) (?:its |their |a |the |several |two |three |new )?(?:[\\w-]+ ){0,3}?(?:funds?|fund family|vehicles?)\\b|(?:of|in) (?:new )?(?:debt|loans?|credit|convertible)|in (?:annual(?:i[sz]ed)? |recurring )?(?:revenue|sales)|of (?:annual(?:i[sz]ed)? )?(?:revenue|sales)|to date|in total|so far|"
                    + "in total funding|market (?:cap|value)|in market|in cumulative|annual(?:i[sz]ed)? revenue|revenue|in capex|worth of (?:chips|compute))");
    private static final Pattern AFTER_AMOUNT = Pattern.compile(
            "^\\s*(?:in (?:new |fresh )?(?:funding|financing|capital|a |its |the |series|an? )|(?:series [a-z]|seed|funding|financing|round|raise|ipo|initial public))");

    /** A count of deals or companies: the clause tells a market, not one event. */
    private static final Pattern MARKET_COUNT = Pattern.compile(
            "(?i)\\b\\d[\\d,]*\\s+(?:(?:funding |financing |venture |equity |ai |seed |early-stage |late-stage )?(?:rounds|deals|financings|transactions)|"
                    + "(?:ai |tech |chinese |european |american |u\\.s\\. )?(?:startups|start-ups|companies|ipos|listings))\\b"
                    // "the two companies announced": the parties of one deal, not a count of deals
                    + "|(?i)\\b(?<!the )(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|dozens of|a dozen|a handful of)\\s+"
                    + "(?:[a-z-]+\\s+){0,2}?(?:companies|startups|start-ups|listings|ipos|firms|unicorns|offerings)\\b"
                    + "|(?i)\\bthe\\s+(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)\\s+"
                    + "(?:[a-z-]+\\s+){0,2}?(?:companies|startups|start-ups|deals|rounds|listings|ipos|firms|unicorns|offerings)\\b"
                    + "|\\d+\\s*(?:起|笔|宗)(?:融资|投资|交易|并购|投融资)?|(?:融资|投融资|并购|投资)事件\\s*\\d+|\\d+\\s*家(?:企业|公司|初创)|\\d+\\s*只(?:新股|股票|港股|a股)|共有\\d+\\s*[只家]"
                    + "|\\b\\d+\\s+(?:finanzierungsrunden|deals|transaktionen|start-ups|startups|unternehmen)\\b");

    /** Words after a figure that list its parts. */
    private static final Pattern PARTS_FOLLOW = Pattern.compile("(?i)\\b(?:including|of which|split (?:between|into)|divided)\\b|其中|包括|darunter|davon");

    /** Below this no round, valuation or deal is told in the news: "$100 off", "$10 credit". */
    static final java.math.BigDecimal MIN_EVENT_AMOUNT = new java.math.BigDecimal("100000");

    private AmountRoles() {
    }

    public static List<RoledMoney> classify(String clause) {
        List<MoneySpan> spans = AmountParser.findAll(clause);
        List<RoledMoney> out = new ArrayList<>();
        if (!spans.isEmpty() && MARKET_COUNT.matcher(clause).find()) {
            // "22 rounds worth 9.4 billion yuan": a count of deals makes every figure of the clause a market total
            for (MoneySpan s : spans) out.add(new RoledMoney(s, Role.IGNORE));
            return out;
        }
        int prevEnd = 0;
        boolean partsOfIgnored = false;
        for (int i = 0; i < spans.size(); i++) {
            MoneySpan s = spans.get(i);
            int from = Math.max(prevEnd, s.start() - 90);
            String before = clause.substring(from, s.start()).toLowerCase(Locale.ROOT);
            int nextStart = i + 1 < spans.size() ? spans.get(i + 1).start() : clause.length();
            String after = clause.substring(s.end(), Math.min(nextStart, s.end() + 40)).toLowerCase(Locale.ROOT);
            Role r = cuedRole(before, after);
            if (PROJECT_FINANCE.matcher(clause.substring(s.end(), Math.min(nextStart, s.end() + 140)).toLowerCase(Locale.ROOT)).find()) r = Role.IGNORE;
            if (s.range() || converted(clause, spans, i)) r = Role.IGNORE;
            String gap = clause.substring(prevEnd, s.start()).toLowerCase(Locale.ROOT);
            if (r == null && !out.isEmpty() && prevEnd > 0 && gap.length() < 25
                    && gap.matches("\\s*(?:,|and|or|to|then|,? and later(?: at)?|,? then(?: at)?|and later at|later at|-|–|,? or|,? up from|,? down from)?\\s*(?:at|to)?\\s*(?:about|around|roughly|nearly)?\\s*")) {
                r = out.get(out.size() - 1).role();
            }
            if ((r == null || r == Role.AMOUNT) && atHigherFigure(before, out, s)) r = Role.POST_MONEY;
            if (r == null) r = Role.AMOUNT;
            if (s.range() || converted(clause, spans, i)) r = Role.IGNORE;
            if (r != Role.OFFER_PRICE && r != Role.IGNORE && s.money().amount().compareTo(MIN_EVENT_AMOUNT) < 0) r = Role.IGNORE;
            // "$7.2 billion across several funds, including $3.75 billion for growth, $1.25 billion for AI": parts of a total
            if (partsOfIgnored) r = Role.IGNORE;
            if (r == Role.IGNORE && PARTS_FOLLOW.matcher(clause.substring(s.end(), Math.min(nextStart, clause.length()))).find()) partsOfIgnored = true;
            out.add(new RoledMoney(s, r));
            prevEnd = s.end();
        }
        return out;
    }

    /** "at", "at a": what a round is done at. */
    private static final Pattern AT_END = Pattern.compile("\\bat\\s+(?:an?\\s+)?(?:about\\s+|around\\s+|roughly\\s+|nearly\\s+)?$");

    /**
     * "$300M Series E at $5B", "$900 million at a $9.9 billion…": a larger figure "at" which a round is done is the
     * valuation, as newsletters and tables write it; a smaller one ("at $40") is a price.
     */
    private static boolean atHigherFigure(String before, List<RoledMoney> out, MoneySpan s) {
        if (out.isEmpty() || !AT_END.matcher(before).find()) return false;
        RoledMoney prev = out.get(out.size() - 1);
        return prev.role() == Role.AMOUNT && prev.span().money().currency().equals(s.money().currency())
                && s.money().amount().compareTo(prev.span().money().amount().multiply(java.math.BigDecimal.valueOf(2))) >= 0;
    }

    /** "€1.7 billion ($1.9 billion)", "RMB 5 billion, or about $690 million", "（约合5亿美元）": the same money converted. */
    private static final Pattern CONVERSION_GAP = Pattern.compile(
            "(?i)^\\s*(?:[(（\\[]|,?\\s*or|,?\\s*equivalent to|,?\\s*umgerechnet|,\\s*das sind|，?约合|，?折合|，?合)\\s*"
                    + "(?:about|approximately|around|roughly|some|nearly|almost|over|more than|just over|umgerechnet|rund|etwa|ca\\.|knapp|über|mehr als|or|约合|折合|约|約|近)?\\s*"
                    + "(?:about|approximately|around|roughly|rund|etwa|ca\\.|约)?\\s*$");

    static boolean converted(String clause, List<MoneySpan> spans, int i) {
        if (i == 0) return false;
        MoneySpan prev = spans.get(i - 1), cur = spans.get(i);
        String gap = clause.substring(prev.end(), cur.start());
        if (!CONVERSION_GAP.matcher(gap).matches()) return false;
        boolean bracket = gap.contains("(") || gap.contains("（") || gap.contains("[");
        // a bracket always holds a conversion; "or" only when the currency changes ("$2bn or $3bn" is a choice)
        return bracket || !prev.money().currencyCode().equals(cur.money().currencyCode());
    }

    static Role role(String before, String after) {
        Role r = cuedRole(before, after);
        return r == null ? Role.AMOUNT : r;
    }

    /** The role the words around a figure give it; null when nothing but a list continuation is there. */
    private static Role cuedRole(String before, String after) {
        if (AFTER_PRE.matcher(after).find()) return Role.PRE_MONEY;
        if (AFTER_POST.matcher(after).find()) return Role.POST_MONEY;
        if (AFTER_PRICE.matcher(after).find()) return Role.OFFER_PRICE;
        if (AFTER_IGNORE.matcher(after).find()) return Role.IGNORE;
        if (CUMULATIVE.find(before)) return Role.IGNORE;
        int best = -1;
        Role role = null;
        for (Cue c : BEFORE) {
            GuardedPattern.Finder m = c.pattern().finder(before);
            while (m.find()) {
                if (m.end() > best) {
                    best = m.end();
                    role = c.role();
                }
            }
        }
        if (role != null) return role;
        if (AFTER_AMOUNT.matcher(after).find()) return Role.AMOUNT;
        return null;
    }
}
