package io.roundup.extract;

import io.roundup.extract.CompanySpotter.NameSpan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first reading of a document, before any event is built: tickers written after a name ("Zhipu (02513.HK)"),
 * bracket aliases ("Zhipu (Knowledge Atlas)"), Chinese legal and short names. Events told early may need what the
 * document says only later.
 */
final class DocumentScan {

    /** A Chinese company's registered name: Han characters (a seat in brackets allowed) ending in its legal form. */
    private static final Pattern LEGAL_NAME = Pattern.compile(
            "[\\p{IsHan}]{2,16}?(?:[（(][\\p{IsHan}]{2,4}[)）])?(?:股份有限公司|有限责任公司|有限公司)");
    private static final Pattern SHORT_NAME = Pattern.compile("(?:以下简称|以下簡稱|下称|简称|簡稱)\\s*[“\"「『]([^”\"」』]{2,12})[”\"」』]");

    private static final Pattern LIST_HEAD_ZH = Pattern.compile(
            "^\\s*(?:其?[一二三四五六七八九十]是|第[一二三四五六七八九十]家?是?)\\s*([\\p{IsHan}A-Za-z0-9]{2,12}?)\\s*[。：:；;]?\\s*$");

    private DocumentScan() {
    }

    /** Records what {@code sentence} tells about names into {@code ctx}. */
    static void scan(String sentence, DocumentContext ctx) {
        PersonNames.collect(sentence, ctx.surnames);
        Matcher head = LIST_HEAD_ZH.matcher(sentence);
        // "一是银河通用。": a list of companies, one paragraph each; the name is the company's wherever it stands
        if (head.matches() && !HanNames.isFragment(head.group(1))) ctx.hanNames.add(head.group(1));
        // what is recorded needs a ticker (a bracket or a ticker word), a bracket alias or a Chinese name
        boolean cjk = Prefilter.hasCjk(sentence);
        if (!cjk && !ExchangeTicker.mayHoldTicker(sentence)) return;
        ExchangeTicker.Ticker loose = ExchangeTicker.tickerAt(sentence, 0);
        if (loose != null && ctx.looseTicker == null) {
            boolean named = false;
            for (NameSpan n : ctx.names(sentence)) if (n.end() <= loose.start() && loose.start() - n.end() <= 2) named = true;
            if (!named) ctx.looseTicker = loose;
        }
        Matcher legal = LEGAL_NAME.matcher(sentence);
        while (cjk && legal.find()) if (!ctx.legalNames.contains(legal.group())) ctx.legalNames.add(legal.group());
        Matcher shortName = SHORT_NAME.matcher(sentence);
        while (cjk && shortName.find()) {
            // "摩尔线程智能科技（北京）股份有限公司（以下简称“摩尔线程”）": the short name is the one used
            ctx.hanNames.add(shortName.group(1));
        }
        for (NameSpan n : ctx.names(sentence)) {
            if (CompanyNames.isHan(n.text())) ctx.hanNames.add(n.text());
            String name = ctx.resolveAlias(n.canonical());
            ExchangeTicker.Ticker t = ExchangeTicker.tickerAt(sentence, n.end());
            if (t != null && t.start() - n.end() > 2) t = null;
            if (t != null && t.start() - n.end() <= 2) ctx.tickers.putIfAbsent(CompanyNames.key(name), t);
            int b = n.text().indexOf(" (");
            if (b > 0 && !n.known()) {
                String joined = n.canonical();
                ctx.aliases.putIfAbsent(CompanyNames.key(n.text().substring(0, b)), joined);
                ctx.aliases.putIfAbsent(CompanyNames.key(n.text().substring(b + 2, n.text().length() - 1)), joined);
            }
        }
    }
}
