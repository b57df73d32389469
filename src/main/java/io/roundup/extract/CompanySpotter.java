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
        addChinese(out, text);
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

    /** Verbs that follow the subject of a Chinese financing sentence ("月之暗面完成…融资"). */
    private static final Pattern CJK_VERB = Pattern.compile("被曝|被传|被爆|定增|(?<!国际|战略|公开|优先|网下|网上|基石|询价|、)配售|定向增发|非公开发行|以(?=约|近|超|\\d)|发布公告|公告称|宣布|表示|由(?=[^，。；]{1,24}?(?:创立|创办|创建|成立|发起|孵化))|募资|募集|共募|发行|定价|招股(?![价價书書范範文期章说])|完成|获得|獲得|获|已完成|正式|拟|计划|將|将|于|於|在|近日|日前|今日|昨日|成功|首次|递交|遞交|正在|再获|再次|也|还|已");
    /** The object of a Chinese acquisition verb: "收购了AI公司深度智能". */
    private static final Pattern CJK_OBJECT = Pattern.compile("(?:收购|收購|并购|併購)了?([\\p{IsHan}A-Za-z0-9&&[^的及和与之]]{2,16})");
    /** Where the object of a Chinese acquisition stops being the company: its business line or the size of the stake. */
    private static final Pattern CJK_OBJECT_END = Pattern.compile("旗下|持有的|所持|名下|\\d");
    private static final Pattern CJK_TICKER_NAME = Pattern.compile("([\\p{IsHan}A-Za-z0-9]{2,12})(?:-[A-Z]{1,2})?\\s?[（(]\\s*(?:\\d{4,6}\\.(?:HK|SH|SZ)|(?:HK|SH|SZ)\\s?\\d{4,6}|\\d{6})\\s*[)）]");
    private static final Pattern CJK_TIME_SUFFIX = Pattern.compile("(?:早于|早在|早已|早前|早|继续|仍然|仍|依然|此前|日前|近日|近期|今日|今天|昨日|昨天|已经|已于|曾|也|还|又|再|再度|刚刚|刚|便|就|则|均|都|共|正式|本周|上周|目前|上月底|上月|本月|月底|月初|年初|年底|今年|去年|此次|本次|首次|先后|分别|累计|宣布|成功|顺利|日|当日|当天|同日|计划|准备|预计|并|且|将|拟|正在|同时|随后|此后)+$");
    /** A person's title inside a run: "月之暗面创始人杨植麟" is the company up to the title. */
    private static final Pattern CJK_TITLE = Pattern.compile("创始人|联合创始人|创办人|首席|董事长|总裁|总经理|CEO|CFO|CTO|负责人|发言人|合伙人|"
            // officials: "财政司司长陈茂波", "央行行长"
            + "司长|局长|部长|厅长|市长|省长|行长|主席|秘书长|总监|董事|经理");
    /** What follows a company in a run and is not part of it: "百川智能成立之初便…", "X自成立以来". */
    private static final Pattern CJK_CUT = Pattern.compile("自?成立|創立|创立|作为|目前|此前");
    private static final Pattern CJK_DATE_TAIL = Pattern.compile("(?:\\d{4}\\s?年\\s?)?(?:\\d{1,2}\\s?月\\s?)?\\d{1,2}\\s?[日号]$");
    /** "北京智谱华章科技股份有限公司": seat, trade name, industry, legal form; the trade name is what news calls it. */
    private static final Pattern CJK_LEGAL_NAME = Pattern.compile(
            "^(?:北京|上海|深圳|杭州|广州|苏州|南京|成都|武汉|天津)?(?:市)?(\\p{IsHan}{2,8}?)(?:智能科技|人工智能科技|信息技术|网络科技|科技|技术)?(?:[（(][^）)]{1,6}[）)])?(?:股份有限公司|有限责任公司|有限公司|集团)$");
    private static final Pattern CJK_LEGAL_SUFFIX = Pattern.compile("^(?:股份有限公司|有限责任公司|有限公司)$");
    private static final Pattern CJK_NOT_NAME = Pattern.compile("^[一二两三四五六七八九十几多数该这那此本其每各]+(?:家|个|位|名|轮|笔)|^(?:此次|本次|该次|这次|全球)|发售|轮融资|融资|^[A-Z]\\+?\\d?轮|之初|交易所|港交所|上交所|深交所|主板|科创板|创业板|有限公司$|^公司|^股份|^集团$|投资者|投资方|机构|媒体|报道|消息|人士|市场|行业|资本市场|今年|去年|"
            // government and regulators tell of listings but hold none: "财政司", "证监会", "国资委"
            + "财政|政府|央行|人民银行|国资委|发改委|商务部|证监|监管");
    private static final Pattern CJK_TIME_PREFIX = Pattern.compile("^(?:本周|本月|今年|去年|近日|日前|此前|随后|目前|同时|其中|此外|今天|昨天|昨日|今日|[0-9]+月|[0-9]+日)+");
    private static final Set<String> CJK_STOP = Set.of("公司", "该公司", "本轮", "此轮", "其", "国内", "国内大模型公司", "大模型公司", "企业", "机构",
            "投资方", "投资者", "市场", "行业", "融资", "估值", "消息", "记者", "官方", "双方", "此次", "本次", "正式", "今日", "今天",
            "目前", "此前", "上市首日", "首日", "股价", "总市值", "该股");

    /** Chinese names with no registry entry: the run of Han characters right before a financing verb. */
    private void addChinese(List<NameSpan> out, String text) {
        // the object and verb patterns need Chinese script, the ticker one a bracket
        boolean cjk = Prefilter.hasCjk(text);
        Matcher ob = CJK_OBJECT.matcher(text);
        while (cjk && ob.find()) {
            String name = ob.group(1);
            int s0 = ob.start(1);
            // "收购莱尼集团旗下汽车线缆业务50.1%股权": the company is the owner of the business, before the stake
            Matcher owned = CJK_OBJECT_END.matcher(name);
            if (owned.find() && owned.start() >= 2) name = name.substring(0, owned.start());
            int desc = HanNames.afterDescription(name);
            s0 += desc;
            name = name.substring(desc);
            if (name.length() >= 2 && !CJK_STOP.contains(name) && !HanNames.isFragment(name) && !overlaps(out, s0, s0 + name.length())) {
                out.add(span(s0, s0 + name.length(), name));
            }
        }
        Matcher tk = CJK_TICKER_NAME.matcher(text);
        while (bracketCode(text) && tk.find()) {
            String name = tk.group(1);
            int s0 = tk.start(1);
            int cut = 0;
            for (int k = name.length() - 1; k >= 0; k--) {
                char c = name.charAt(k);
                if (c == '，' || c == '。' || c == '的' || c == '、') {
                    cut = k + 1;
                    break;
                }
            }
            name = name.substring(cut);
            int desc = HanNames.afterDescription(name);
            cut += desc;
            name = name.substring(desc);
            if (name.length() >= 2 && !overlaps(out, s0 + cut, tk.end(1)) && !CJK_STOP.contains(name) && !HanNames.isFragment(name)) {
                out.add(span(s0 + cut, tk.end(1), name));
            }
        }
        Matcher v = CJK_VERB.matcher(text);
        while (cjk && v.find()) {
            int e = v.start();
            // "X股份有限公司（以下简称“X”）于…": the name stands before the bracketed notes
            for (int k = 0; k < 2 && e > 0 && (text.charAt(e - 1) == '）' || text.charAt(e - 1) == ')'); k++) {
                int open = Math.max(text.lastIndexOf('（', e - 1), text.lastIndexOf('(', e - 1));
                if (open < 0 || e - open > 30) break;
                e = open;
            }
            // "智谱1月8日在香港上市": a date between the name and the verb
            Matcher dateTail = CJK_DATE_TAIL.matcher(text.substring(Math.max(0, e - 14), e));
            if (dateTail.find()) e -= dateTail.group().length();
            int s = runStart(text, e);
            Matcher early = CJK_CUT.matcher(text).region(s, e);
            if (s > 0 && runGoesOn(text, s) && early.find() && early.start() - s >= 1) {
                // "…天使轮，银河通用成立两年多累计融资已…": the window ran out inside the name; it ends before 成立
                e = early.start();
                s = runStart(text, e);
            }
            if (e - s < 2) continue;
            // "给风险定价", "对市场表示": a run after a preposition is its object, not a subject
            if (s > 0 && "对给把被让".indexOf(text.charAt(s - 1)) >= 0) continue;
            // "大于", "由于", "位于": 于 in a word of its own is no verb
            if (text.charAt(v.start()) == '于' && v.end() - v.start() == 1 && v.start() > 0
                    && "大小高低等位由对关至属基用终在便善易敢勇乐急限忙多少过免归处出鉴适致源".indexOf(text.charAt(v.start() - 1)) >= 0) continue;
            String name = text.substring(s, e);
            Matcher tp = CJK_TIME_PREFIX.matcher(name);
            if (tp.find()) {
                s += tp.end();
                name = name.substring(tp.end());
            }
            Matcher ts = CJK_TIME_SUFFIX.matcher(name);
            if (ts.find()) {
                e -= name.length() - ts.start();
                name = name.substring(0, ts.start());
            }
            if (CJK_LEGAL_SUFFIX.matcher(name).matches() && s > 0 && (text.charAt(s - 1) == '）' || text.charAt(s - 1) == ')')) {
                // "摩尔线程智能科技（北京）股份有限公司": the name is before the bracketed seat
                int open = Math.max(text.lastIndexOf('（', s - 1), text.lastIndexOf('(', s - 1));
                if (open > 0 && s - open < 8) {
                    int k = open;
                    while (k > 0 && open - k < 12 && Character.UnicodeScript.of(text.charAt(k - 1)) == Character.UnicodeScript.HAN
                            && "的由与和及于在，。".indexOf(text.charAt(k - 1)) < 0) k--;
                    if (open - k >= 2) {
                        s = k;
                        name = text.substring(k, open).replaceFirst("^(?:北京|上海|深圳|杭州|广州)(?=\\p{IsHan}{4})", "");
                        s = open - name.length();
                        name = name.replaceFirst("(?<=\\p{IsHan}{2})(?:智能科技|人工智能科技|信息技术|网络科技|科技|技术)$", "");
                        e = s + name.length();
                    }
                }
            }
            Matcher legal = CJK_LEGAL_NAME.matcher(name);
            if (legal.matches() && !CJK_LEGAL_SUFFIX.matcher(name).matches()) {
                s += legal.start(1);
                e = s + legal.group(1).length();
                name = legal.group(1);
            }
            Matcher cut = CJK_CUT.matcher(name);
            if (cut.find() && cut.start() >= 2) {
                e -= name.length() - cut.start();
                name = name.substring(0, cut.start());
            }
            Matcher title = CJK_TITLE.matcher(name);
            if (title.find()) {
                e -= name.length() - title.start();
                name = name.substring(0, title.start());
            }
            Matcher ts2 = CJK_TIME_SUFFIX.matcher(name);
            if (ts2.find()) {
                e -= name.length() - ts2.start();
                name = name.substring(0, ts2.start());
            }
            int desc = HanNames.afterDescription(name);
            s += desc;
            name = name.substring(desc);
            if (name.length() < 2 || CJK_STOP.contains(name) || CJK_NOT_NAME.matcher(name).find() || HanNames.isFragment(name)) continue;
            if (name.chars().noneMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN)) continue;
            if (overlaps(out, s, e)) continue;
            out.add(span(s, e, name));
        }
    }

    /** Where the run of name characters that ends at {@code e} starts (at most 12 chars back, 22 before a "公司"). */
    private static int runStart(String text, int e) {
        int s = e;
        while (s > 0 && e - s < (e - s >= 10 && text.substring(Math.max(0, e - 6), e).contains("公司") ? 22 : 12)) {
            if (!runGoesOn(text, s)) break;
            s--;
        }
        return s;
    }

    /** Whether the char before {@code s} may still belong to a name run. */
    private static boolean runGoesOn(String text, int s) {
        char c = text.charAt(s - 1);
        boolean han = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
        if (!(han || Character.isLetterOrDigit(c) && c < 0x80)) return false;
        if ("的由与和及于在从对给把被让将".indexOf(c) >= 0) return false;
        return !("年月日号".indexOf(c) >= 0 && s >= 2 && Character.isDigit(text.charAt(s - 2)));
    }

    /** A bracket opening a stock code ("(02513.HK)", "（HK 2513）"): what the ticker-name pattern needs. */
    private static boolean bracketCode(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '(' && c != '（') continue;
            int j = i + 1;
            while (j < text.length() && Character.isWhitespace(text.charAt(j))) j++;
            if (j < text.length() && (text.charAt(j) >= '0' && text.charAt(j) <= '9' || text.startsWith("HK", j) || text.startsWith("SH", j)
                    || text.startsWith("SZ", j))) return true;
        }
        return false;
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

    private static boolean overlaps(List<NameSpan> spans, int s, int e) {
        for (NameSpan sp : spans) if (s < sp.end() && sp.start() < e) return true;
        return false;
    }
}
