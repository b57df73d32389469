package io.roundup.extract;

import io.roundup.extract.CompanySpotter.NameSpan;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese company names with no registry entry: the run of Han characters right before a financing verb ("月之暗面完成…
 * 融资"), the object of 收购, and a name before its stock code ("智谱（02513.HK）"), each cut to the name by the
 * descriptions, times, titles and legal forms around it ({@link HanNames} decides what cannot be a name).
 */
final class HanNameSpotter {

    /** Makes a name span with the registry's answer for the name. */
    interface Spans {
        NameSpan span(int start, int end, String name);
    }

    private HanNameSpotter() {
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
    static void add(List<NameSpan> out, String text, Spans spans) {
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
            if (name.length() >= 2 && !CJK_STOP.contains(name) && !HanNames.isFragment(name) && !CompanySpotter.overlaps(out, s0, s0 + name.length())) {
                out.add(spans.span(s0, s0 + name.length(), name));
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
            if (name.length() >= 2 && !CompanySpotter.overlaps(out, s0 + cut, tk.end(1)) && !CJK_STOP.contains(name) && !HanNames.isFragment(name)) {
                out.add(spans.span(s0 + cut, tk.end(1), name));
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
            if (CompanySpotter.overlaps(out, s, e)) continue;
            out.add(spans.span(s, e, name));
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
}
