package io.roundup.extract;

import io.roundup.company.CompanyRegistry;
import io.roundup.domain.Article;
import io.roundup.domain.EventStatus;
import io.roundup.domain.EventType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The speed shortcuts must not change any result. Every guarded pattern ({@link GuardedPattern}) is run with and
 * without its guard and its way of being tried over every sentence and clause of every corpus and over phrases made
 * to hit each pattern, and so is every rule that has shortcuts of its own (results remembered, a pattern run alone),
 * with all of them switched off at once ({@link Prefilter#withoutGuards}).
 */
class PrefilterTest {

    /** Phrases for the alternatives of the patterns, including odd spellings next to the words checked. */
    private static final List<String> PHRASES = List.of(
            // guards that once missed what their patterns find: "Rs" glued to the figure, "per" before a tab
            "Pellwood raised Rs500 crore from Norrow.", "The round, as per\tthe filing, was led by Norrow.",
            "Acme went public on Friday", "Acme's initial public offering", "made their stock market debut on Friday", "a stock exchange debut",
            "plans to take over Beta", "it agreed to buy Beta", "to begin trading", "Acme RAISED and Beta lands", "pricing their listing", "an IPO", "英伟达IPO", "Acme listed on Nasdaq", "a $2bn flotation",
            "Acme floated in London", "priced its shares at $20", "made its market debut", "began trading on Thursday",
            "Acme Börsengang", "der BÖRSENGANG von Acme", "an die Frankfurter Börse gegangen", "Erstnotiz", "erster Handelstag",
            "智谱于1月8日在港交所上市", "摩尔线程登陆上交所科创板", "招股", "挂牌", "敲钟",
            "a funding round", "financing rounds", "rounds of funding", "a fundraise", "fund-raising", "a Series B", "a seed round",
            "pre-seed", "a Pre-A round", "an angel round", "capital injection", "strategic investment", "equity financing",
            "a new round", "round led by Accel", "$5 million round", "5m funding round", "A-round", "around $5 million", "background",
            "Series-B-Finanzierungsrunde", "Kapitalfinanzierungsrunde", "Wachstumsfinanzierung", "Finanzierung", "Kapitalerhöhung",
            "eine Seed-Runde", "Serie C", "im Grunde", "Risikokapitalfinanzierung für 智谱", "Investitions-Finanzierungsrunde", "B+1轮融资", "eine B+-Finanzierungsrunde", "die C-Finanzierungsrunde",
            "Acme hat 5 Mio. EINGESAMMELT, 智谱", "Series-B-Runde", "Anschlussfinanzierung", "Pre-Seed-Runde", "Series-C-Finanzierung", "3Serie B", "A轮融资", "完成融資", "天使轮", "B+轮",
            "raised $5m", "RAISES", "secured funding", "landed $1bn", "England landed", "bagged", "pulled in", "garnered", "closed a round",
            "disclosed", "nabbed", "snagged", "attracted", "募资", "获得", "獲得", "斩获", "筹集", "eingesammelt", "sammelte", "einwerben",
            "aufgenommen", "erhält", "erhielt", "bekam", "bekommt", "invests $5m", "invested €2m in Acme", "以143亿美元投资Scale AI",
            "Acme was acquired by Beta", "bought out by Beta", "acquisition by Beta", "被腾讯收购", "WalkMe wurde von SAP übernommen",
            "acquisition of Acme", "merger with Beta", "Übernahme von WalkMe", "Kauf der Firma", "Beta acquires Acme", "to buy Acme",
            "agreed to buy", "to purchase Acme", "took over Acme", "snapped up Acme", "收购了深度智能", "并购", "SAP übernimmt WalkMe",
            "SAP kaufte WalkMe", "SAP erwarb WalkMe", "das Unternehmen zu übernehmen", "wird WalkMe für 1,5 Mrd. Dollar übernommen",
            "SAP hat WalkMe für 1,5 Milliarden Dollar übernommen", "SAP hatte WalkMe akquiriert", "buyback", "Acme buys", "rebuy",
            "led by Thrive Capital", "co-led by A and B", "a round jointly led by Accel and Index", "spearheaded  by Accel",
            "Acme and existing investors Accel", "in talks   with SoftBank", "Bestandsinvestoren wie Accel", "federführend beteiligt war Accel",
            "Hauptinvestoren der Runde sind Accel und Index", "als Lead-Investor fungierte Accel", "co-geführt von Accel", "Angeführt wurde die Runde vom Investor X", "unter Führung von Accel",
            "federführend war Index", "Lead-Investor ist Accel", "von Accel geleitet", "由IDG资本领投", "with participation from Nvidia",
            "alongside Sequoia", "investors include Accel", "backed by Nvidia", "beteiligt waren Accel", "mit Beteiligung von Sequoia",
            "darunter Accel", "sowie Sequoia", "neben Accel", "跟投", "参投", "Kestrel Partners-led round", "Accel led the round",
            "with Accel leading", "with A and B acting as co-leads", "Die Runde führten Accel und Index an", "Accel als Lead-Investor",
            "Accel would lead", "the last day of 2025", "2025-01-08", "January 8, 2026", "8 Jan 2026", "in May", "May 2025", "2026年1月8日",
            "2025年12月", "today", "Yesterday", "this morning", "on Tuesday", "last Thursday", "next Monday", "the following day",
            "the day before", "last week", "recently", "in 2024", "am letzten Tag des Jahres 2025", "30.12.2025", "am 9. September 2025",
            "9. Sept.", "gestern", "Heute", "am Dienstag", "am vergangenen Mittwoch", "am Vortag", "tags darauf", "Ende September",
            "vergangene Woche", "kürzlich", "im Jahr 2024", "本月2日", "上月15日", "去年12月31日", "9日", "周二", "上周五", "前天", "次日",
            "当天", "日前", "近日",
            "$6.6 billion", "US$5bn", "HK$4.348 billion", "€1.7 billion", "RMB 3 billion", "USD 20 billion", "3 billion yuan",
            "500 million euros", "10 million pounds", "500 crore rupees", "5 billion won", "CHF 20m", "C$240 million", "¥2 billion",
            "30亿元", "5,000万美元", "人民币30亿元", "超过10亿美元", "¥20亿", "US$5亿", "两亿美元", "三十亿元", "数千万美元",
            "ten billion dollars", "a billion dollars", "zwei Milliarden Euro", "eine Milliarde Dollar", "1,7 Mrd. Euro", "600 Mio. Euro",
            "€ 600 Mio.", "1.500 Mio. Euro", "5 Tsd. Euro", "2 Billion Yuan", "€1.7 billion ($2 billion)", "between $47 and $51",
            "$47-$51", "HK$3.99 per share", "40亿港元", "500 Millionen US-Dollar",
            "about   US$5 billion", "approximately\tC$240 million", "an estimated U.S. $3bn", "more than USD 20 billion",
            "just under HK$4.3bn and up to $2m", "awesome$5", "Some\n\n  EUR 3 million", "over€7m", "USD5m usd 6M Usd7 bn",
            "has not raised", "HASN'T announced", "did not", "never", "no new funding", "No plans", "denied", "deny", "declined to comment",
            "rejected", "called off", "scrapped", "abandoned", "failed to", "without raising", "neither", "nor", "lapsed", "noch nicht",
            "nicht bestätigt", "keine neuen Mittel", "kein Börsengang", "dementierte", "abgesagt", "gescheitert", "zurückgezogen", "collapsed",
            "shelved", "withdrew", "postponed", "suspended", "pulled its IPO", "fell apart", "fell through", "terminated", "walked away",
            "ended without a deal", "won't", "will not", "cannot", "unable to", "尚未", "并未", "未能", "没有", "否认", "暂未", "暂无", "不会", "未有");

    /** The folders whose pages give the texts: every corpus of the project, and the seed of ../shared when there. */
    private static List<Path> pageFolders() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> corpora = Files.list(CorpusScoreTest.CORPORA)) {
            corpora.map(c -> c.resolve("pages")).filter(Files::isDirectory).sorted().forEach(out::add);
        }
        Path seed = Path.of("..", "shared", "seed");
        if ("true".equals(System.getenv("CI"))) assertThat(seed).as("../shared/seed is needed under CI").isDirectory();
        if (Files.isDirectory(seed)) out.add(seed);
        return out;
    }

    private static List<String> texts;

    /** The phrases, then each sentence and each clause of the pages, each once. */
    private static synchronized List<String> texts() throws Exception {
        if (texts != null) return texts;
        Set<String> out = new LinkedHashSet<>(PHRASES);
        List<Path> folders = pageFolders();
        assertThat(folders).hasSizeGreaterThan(3);
        for (Path dir : folders) {
            for (Article a : EvalScorer.readArticles(dir)) {
                if (a.body() == null) continue;
                for (SentenceSplitter.Sentence s : SentenceSplitter.split(a.body())) {
                    out.add(s.text());
                    for (int[] c : Clauses.clauses(s.text())) out.add(s.text().substring(c[0], c[1]));
                }
            }
        }
        texts = List.copyOf(out);
        return texts;
    }

    /** The result of {@code rule} with every shortcut off. */
    private static <T> T unguarded(Supplier<T> rule) {
        return Prefilter.withoutGuards(rule);
    }

    /** The classes of the package, loaded, so that all their guarded patterns are made. */
    private static void loadThePackage() throws IOException, URISyntaxException, ClassNotFoundException {
        Path dir = Path.of(GuardedPattern.class.getResource("GuardedPattern.class").toURI()).getParent();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = f.getFileName().toString().replaceFirst("\\.class$", "");
                Class.forName(GuardedPattern.class.getPackageName() + "." + name, true, PrefilterTest.class.getClassLoader());
            }
        }
    }

    /**
     * Every guarded pattern of the extractor finds the same with and without its shortcuts, on each text and on the
     * text lower-cased (some run on lower-cased words), and each finds something: a guard that misses an alternative,
     * or a lead too short, shows here once a text holds a match of that alternative.
     */
    @Test
    void everyGuardedPatternFindsWhatItsBarePatternFinds() throws Exception {
        loadThePackage();
        List<GuardedPattern> patterns = GuardedPattern.all().stream()
                .filter(g -> g.owner().startsWith("io.roundup.") && !g.owner().endsWith("Test")).toList();
        assertThat(patterns).hasSizeGreaterThan(90);
        Map<GuardedPattern, Integer> found = new HashMap<>();
        List<String> texts = new ArrayList<>();
        for (String t : moreTexts()) {
            texts.add(t);
            String lower = t.toLowerCase(Locale.ROOT);
            if (!lower.equals(t)) texts.add(lower);
        }
        List<String> differences = new ArrayList<>();
        for (GuardedPattern g : patterns) {
            for (String t : texts) {
                List<String> expected = unguarded(() -> GuardTest.spans(g, t));
                List<String> got = GuardTest.spans(g, t);
                if (!got.equals(expected)) {
                    differences.add(g + "\n  on: " + t + "\n  finds " + got + " instead of " + expected);
                    break;
                }
                found.merge(g, expected.size(), Integer::sum);
            }
        }
        assertThat(differences).as("guarded patterns that miss matches of their bare pattern").isEmpty();
        assertThat(patterns.stream().filter(g -> found.get(g) == 0).map(GuardedPattern::toString))
                .as("patterns that find nothing in the texts: add phrases for them").isEmpty();
    }

    @Test
    void triggersAreTheSameWithAndWithoutShortcuts() throws Exception {
        int found = 0;
        for (String t : texts()) {
            List<TriggerLexicon.Trigger> all = unguarded(() -> TriggerLexicon.find(t));
            assertThat(TriggerLexicon.find(t)).as(t).isEqualTo(all);
            found += all.size();
        }
        assertThat(found).isGreaterThan(500);
    }

    @Test
    void datesAreTheSameWithAndWithoutShortcuts() throws Exception {
        LocalDate pub = LocalDate.of(2026, 1, 9);
        int found = 0;
        for (String t : texts()) {
            for (boolean future : new boolean[]{false, true}) {
                List<DateResolver.DateSpan> expected = unguarded(() -> new DateResolver(pub).findAll(t, pub.minusDays(3), future));
                assertThat(new DateResolver(pub).findAll(t, pub.minusDays(3), future)).as(t).isEqualTo(expected);
                found += expected.size();
            }
            // the future flag is read only when a weekday may be there
            if (!DateResolver.readsFuture(t)) {
                assertThat(unguarded(() -> new DateResolver(pub).findAll(t, null, true))).as(t)
                        .isEqualTo(unguarded(() -> new DateResolver(pub).findAll(t, null, false)));
            }
        }
        assertThat(found).isGreaterThan(200);
    }

    @Test
    void leadsAndZonesAreTheSameWithAndWithoutShortcuts() throws Exception {
        CompanySpotter spotter = new CompanySpotter(CompanyRegistry.empty());
        int found = 0;
        for (String t : texts()) {
            List<CompanySpotter.NameSpan> names = spotter.find(t);
            List<String> expected = unguarded(() -> InvestorExtractor.leads(t, names));
            assertThat(InvestorExtractor.leads(t, names)).as(t).isEqualTo(expected);
            assertThat(InvestorExtractor.zones(t)).as(t).isEqualTo(unguarded(() -> InvestorExtractor.zones(t)));
            found += expected.size();
        }
        assertThat(found).isGreaterThan(50);
    }

    @Test
    void nameRunsAreTheSameWhereverTheyAreTried() throws Exception {
        List<String> texts = new ArrayList<>(texts());
        texts.addAll(List.of("xAI and a16z", "01.AI raised", "abcD x9y", "ÉCOLE Ärzte", "\uD835\uDC00 bold", "ab", "a", "9", "12.", "12.A",
                "Zhipu (Knowledge Atlas) and Moonshot AI's Kimi", "the U.S. firm", "Mc Donald of Acme & Co", "eBay iPhone", "gpt4o", "abcd1"));
        int runs = 0;
        for (String t : texts) {
            List<String> expected = unguarded(() -> CompanySpotter.runs(t)).stream().map(r -> r[0] + "-" + r[1]).toList();
            assertThat(CompanySpotter.runs(t).stream().map(r -> r[0] + "-" + r[1]).toList()).as(t).isEqualTo(expected);
            runs += expected.size();
        }
        assertThat(runs).isGreaterThan(1000);
    }

    @Test
    void debtAndValuationWordsAreTheSameWithAndWithoutShortcuts() throws Exception {
        List<String> texts = new ArrayList<>(texts());
        texts.addAll(List.of("a $500m credit FACILITY", "Loans and BONDS", "senior notes", "the underwriters", "银行贷款", "发债",
                "The post-money valuation was $5bn", "the Valuation stood at", "Die neue Bewertung liegt bei", "DIE BEWERTUNG STIEG",
                "投后估值达到10亿美元", "本轮融资后估值为"));
        int debt = 0, definite = 0;
        for (String t : texts) {
            boolean d = unguarded(() -> FocusDetails.isDebt(t));
            assertThat(FocusDetails.isDebt(t)).as(t).isEqualTo(d);
            boolean v = unguarded(() -> FocusDetails.definiteValuation(t));
            assertThat(FocusDetails.definiteValuation(t)).as(t).isEqualTo(v);
            if (d) debt++;
            if (v) definite++;
        }
        assertThat(debt).isGreaterThan(6);
        assertThat(definite).isGreaterThan(5);
    }

    @Test
    void amountsAreTheSameWithAndWithoutShortcuts() throws Exception {
        int found = 0;
        for (String t : texts()) {
            List<AmountParser.MoneySpan> expected = unguarded(() -> AmountParser.findAll(t));
            assertThat(AmountParser.findAll(t)).as(t).isEqualTo(expected);
            found += expected.size();
        }
        assertThat(found).isGreaterThan(200);
    }

    @Test
    void statusesAreTheSameWithAndWithoutShortcuts() throws Exception {
        List<String> texts = new ArrayList<>(texts());
        texts.addAll(List.of("the shares rose in their stock market debut", "in its hong kong debut", "Acme hat in der Runde 5 Mio. Euro erhalten",
                "it was officially listed on Friday", "Acme made its debut", "Acme ist an die Börse gegangen", "nearly officially listing",
                "it will be listed on Nasdaq", "first-day pop", "it has closed the deal", "eingesammelt", "宣布完成融资", "in early talks", "negotiating with", "in the midst of", "would value it at", "is seeking", "courting investors",
                "in process of securing", "sounding out investors", "in Gesprächen über", "verhandelt mit", "sondiert", "洽谈", "磋商",
                "plans to", "intends to", "aims to", "is preparing", "filed for", "files for", "submitted its prospectus", "looking to",
                "weighing", "mulling", "is set to", "expects to", "will list", "to go public", "listing hearing", "upcoming", "targets a",
                "eyes", "plant", "geplante", "beabsichtigt", "will 100 Millionen aufnehmen", "strebt einen Börsengang an", "erwägt", "prüft",
                "bereitet den Börsengang vor", "beantragt", "soll an die Börse", "拟", "递表", "将于", "冲刺", "reportedly", "according to sources",
                "people familiar", "sources said", "is said to", "rumoured", "rumored", "it is reported", "media reports", "Berichten zufolge",
                "laut Insidern", "nach Informationen", "angeblich", "wie Reuters berichtete", "据悉", "据路透社报道", "爆料", "completed",
                "has closed", "raised", "secured", "landed", "bagged", "received", "obtained", "listed", "went public", "debuted",
                "rang the bell", "acquired", "finalised", "wrapped up", "merged", "spent", "bought out", "completes", "gets", "nets",
                "abgeschlossen", "schließt die Runde ab", "eingeworben", "erhielt", "nimmt 5 Mio. auf", "holt sich", "gelistet",
                "an die Börse gegangen", "获", "收购了", "agreed", "agreement", "to acquire", "deal to", "signed", "priced", "requires approval",
                "subject to", "pending", "unveiled", "will invest", "will combine", "committed", "is raising", "is leading", "angekündigt",
                "kündigte den Kauf an", "vereinbart", "unterzeichnet", "gab bekannt", "签署", "达成协议", "ipo raised", "traded", "brachte",
                "einbrachte", "erlöste", "erzielte", "debütiert", "首日", "登陸", "定价"));
        Set<EventStatus> seen = EnumSet.noneOf(EventStatus.class);
        for (String t : texts) {
            for (EventType type : EventType.values()) {
                EventStatus expected = unguarded(() -> StatusLexicon.classify(t, type));
                assertThat(StatusLexicon.classify(t, type)).as(t + " " + type).isEqualTo(expected);
                seen.add(expected);
            }
        }
        assertThat(seen).containsExactlyInAnyOrder(EventStatus.values());
    }

    @Test
    void amountRolesAreTheSameWithAndWithoutShortcuts() throws Exception {
        List<String> texts = new ArrayList<>(texts());
        texts.addAll(List.of("raised $6 billion at a pre-money valuation of $18 billion", "a market cap of $5 trillion", "valued at $2 billion",
                "worth $3 billion", "shares rose to $40", "priced its IPO at $40 per share", "a target of $15 billion", "an equity value of $8 billion",
                "including $1 billion from SoftBank", "bringing its total to $20 billion", "revenue of $3 billion", "capex of $70 billion",
                "raised $6.6 billion and $2 billion later", "Umsatz von 100 Mio. Euro", "eine Bewertung von 5 Mrd. Euro", "Bewertung vor dem Investment bei 260 Milliarden US-Dollar",
                "投前估值40亿美元", "市值5万亿美元", "收购价30亿元", "$5 billion of debt", "Kaufpreis von 1,5 Mrd. Dollar", "the deal values it at $6.5 billion",
                "for about $665 million", "between $47 and $51", "counting both, $15 billion", "with a $500 million slice", "a $4 billion credit facility",
                "Die Runde bringt insgesamt 600 Mio. Euro", "a $300 billion compute contract", "opened at HK$120", "a peak of HK$59.4 billion"));
        Set<AmountRoles.Role> seen = EnumSet.noneOf(AmountRoles.Role.class);
        for (String t : texts) {
            List<AmountRoles.RoledMoney> expected = unguarded(() -> AmountRoles.classify(t));
            assertThat(AmountRoles.classify(t)).as(t).isEqualTo(expected);
            for (AmountRoles.RoledMoney r : expected) seen.add(r.role());
        }
        assertThat(seen).containsExactlyInAnyOrder(AmountRoles.Role.values());
    }

    @Test
    void negationsAreTheSameWithAndWithoutShortcuts() throws Exception {
        int negative = 0;
        for (String t : texts()) {
            boolean expected = unguarded(() -> StatusLexicon.isNegative(t));
            assertThat(StatusLexicon.isNegative(t)).as(t).isEqualTo(expected);
            if (expected) negative++;
        }
        assertThat(negative).isGreaterThan(40);
    }

    @Test
    void clauseBreaksAreTheSameWithAndWithoutShortcuts() throws Exception {
        List<String> texts = new ArrayList<>(texts());
        texts.addAll(List.of("Acme raised $5m; Beta raised $2m", "Acme raised $5m, while Beta sold", "Acme grew while Beta shrank",
                "Acme raised, but Beta did not", "Acme raised $5m, and Beta has closed a round", "X于2023年4月完成A轮融资，同年7月完成3亿美元B轮融资", "Acme raised $5m, then it hired"));
        int broken = 0;
        for (String t : texts) {
            List<String> expected = unguarded(() -> Clauses.clauses(t)).stream().map(c -> c[0] + "-" + c[1]).toList();
            assertThat(Clauses.clauses(t).stream().map(c -> c[0] + "-" + c[1]).toList()).as(t).isEqualTo(expected);
            if (expected.size() > 1) broken++;
        }
        assertThat(broken).isGreaterThan(20);
    }

    /** The alternation GermanNouns used before it looked words up in a set. */
    private static final Pattern GERMAN_WORDS_REGEX = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:der|die|das|und|ist|hat|haben|wurde|wurden|mit|von|für|nicht|sich|auf|dem|den|des|eine|einer|einem|sind|zufolge|laut|rund|nach|bei|als|auch|wird|werden|hatte|sowie|über|im|zum|zur|vom|beim|einen|eines|"
                    + "millionen|milliarden|mrd|mio|unternehmen|erhält|eingesammelt|bewertung|finanzierungsrunde)(?![\\p{L}])");

    @Test
    void germanWordLookupIsTheFormerAlternation() throws Exception {
        List<String> texts = new ArrayList<>(texts());
        texts.addAll(List.of("DER Bericht UND", "Die-Firma", "über alles", "ÜBER Nacht und", "der3 die", "derdie das", "Der Ärger, die Welt"));
        int german = 0;
        for (String t : texts) {
            Matcher m = GERMAN_WORDS_REGEX.matcher(t);
            int n = 0;
            while (m.find() && n < 2) n++;
            assertThat(GermanNouns.isGerman(t)).as(t).isEqualTo(n >= 2);
            if (n >= 2) german++;
        }
        assertThat(german).isGreaterThan(50);
    }

    /** Phrases for the rules whose word checks came later: STRONG_IPO, speculation, future, round labels, exchanges, person titles. */
    private static final List<String> MORE_PHRASES = List.of("Acme went public", "Acme goes public", "listed on the Nasdaq", "lists in Hong Kong",
            "will list", "debuted", "begins trading", "started trading", "filed confidentially for an IPO", "files to list", "priced",
            "the IPO raised $1bn", "rang the bell", "上市", "递表", "der Börsengang", "an die Frankfurter Börse", "Börsendebüt", "Erstnotiz",
            "poised to", "could", "might", "may", "would likely", "possibly", "perhaps", "potential", "if", "whether", "speculation",
            "eventually", "will", "shall", "slated", "scheduled", "set to", "expected to", "upcoming", "next week", "this coming Monday",
            "soll", "sollen", "wird", "werden", "将", "拟", "a Series B", "Serie-C-Runde", "A-Runde", "Seed-Runde", "Pre-IPO-Finanzierung",
            "a seed round", "an angel financing", "Pre-A", "a B round", "B+轮", "天使轮", "战略融资", "a strategic investment",
            "a Series B extension", "an extension of its Series B", "Series-B-Erweiterung", "Hong Kong Stock Exchange", "HKEX", "SEHK",
            "Hong Kong's main board", "in Hong Kong", "港交所", "赴港", "Nasdaq", "纳斯达克", "New York Stock Exchange", "NYSE", "纽交所",
            "STAR Market", "Shanghai Stock Exchange", "科创板", "Shenzhen Stock Exchange", "ChiNext", "创业板", "London Stock Exchange", "LSE",
            "Tokyo Stock Exchange", "東証", "Frankfurter Börse", "Deutsche Börse", "Xetra", "Prime Standard", "hong kong",
            "chief executive Sam Altman", "CEO Sam Altman", "co-founder Wang Xiaochuan", "chairman Masayoshi Son", "billionaire Elon Musk",
            "analyst Jane Doe", "Mr. Smith", "Ms Lee", "Dr. Chen", "a lab run by Demis Hassabis", "founded by former OpenAI staff Mira Murati",
            "Nvidia took a 9.9% stake in Intel",
            // the words before and after a name, as the name rules cut them
            "data compiled by ", "according to the ", "Sogou co-founder ", "under the ticker symbol ", " Stock Exchange of Tel Aviv");

    private static List<String> moreTexts() throws Exception {
        List<String> out = new ArrayList<>(texts());
        out.addAll(MORE_PHRASES);
        return out;
    }

    @Test
    void laterShortcutsChangeNothing() throws Exception {
        int strongIpo = 0, speculative = 0, future = 0, labels = 0, exchanges = 0;
        for (String t : moreTexts()) {
            boolean ipo = unguarded(() -> SegmentDraft.strongIpo(t));
            assertThat(SegmentDraft.strongIpo(t)).as(t).isEqualTo(ipo);
            boolean spec = unguarded(() -> StatusLexicon.isSpeculative(t));
            assertThat(StatusLexicon.isSpeculative(t)).as(t).isEqualTo(spec);
            boolean fut = unguarded(() -> StatusLexicon.isFuture(t));
            assertThat(StatusLexicon.isFuture(t)).as(t).isEqualTo(fut);
            String label = unguarded(() -> RoundLabels.of(t));
            assertThat(RoundLabels.of(t)).as(t).isEqualTo(label);
            String exchange = unguarded(() -> ExchangeTicker.exchange(t));
            assertThat(ExchangeTicker.exchange(t)).as(t).isEqualTo(exchange);
            if (ipo) strongIpo++;
            if (spec) speculative++;
            if (fut) future++;
            if (label != null) labels++;
            if (exchange != null) exchanges++;
        }
        assertThat(strongIpo).isGreaterThan(50);
        assertThat(speculative).isGreaterThan(20);
        assertThat(future).isGreaterThan(50);
        assertThat(labels).isGreaterThan(50);
        assertThat(exchanges).isGreaterThan(30);
    }

    @Test
    void personTitlesAreTheSameWithAndWithoutShortcuts() throws Exception {
        CompanySpotter spotter = new CompanySpotter(CompanyRegistry.empty());
        int persons = 0;
        for (String t : moreTexts()) {
            for (CompanySpotter.NameSpan n : spotter.find(t)) {
                boolean expected = unguarded(() -> InvestorExtractor.isPerson(t, n));
                assertThat(InvestorExtractor.isPerson(t, n)).as(t + " / " + n).isEqualTo(expected);
                NameKinds.Kind kind = unguarded(() -> NameKinds.of(t, n));
                assertThat(NameKinds.of(t, n)).as(t + " / " + n).isEqualTo(kind);
                if (expected) persons++;
            }
        }
        assertThat(persons).isGreaterThan(10);
    }

    /** The sentence-level look for an IPO trigger runs only the acquisition and IPO patterns: it must find what the full run finds. */
    @Test
    void acquisitionAndIpoTriggersAreThoseOfTheFullRun() throws Exception {
        int found = 0;
        for (String t : moreTexts()) {
            List<TriggerLexicon.Trigger> expected = unguarded(() -> TriggerLexicon.find(t)).stream()
                    .filter(x -> x.type() == EventType.ACQUISITION || x.type() == EventType.IPO).toList();
            assertThat(TriggerLexicon.findAcquisitionsAndIpos(t)).as(t).isEqualTo(expected);
            found += expected.size();
        }
        assertThat(found).isGreaterThan(100);
    }

    /** Results remembered for the last text (dates, zones) are the same as found afresh, and a caller's change to them does not stick. */
    @Test
    void rememberedResultsAreTheSame() throws Exception {
        LocalDate pub = LocalDate.of(2026, 1, 9);
        DateResolver remembering = new DateResolver(pub);
        for (String t : moreTexts()) {
            List<DateResolver.DateSpan> afresh = unguarded(() -> new DateResolver(pub).findAll(t, pub.minusDays(3), false));
            for (int i = 0; i < 2; i++) {
                List<DateResolver.DateSpan> got = remembering.findAll(t, pub.minusDays(3), false);
                assertThat(got).as(t).isEqualTo(afresh);
                got.clear();
            }
            assertThat(remembering.findAll(t, null, true)).as(t).isEqualTo(unguarded(() -> new DateResolver(pub).findAll(t, null, true)));
            List<InvestorExtractor.Zone> zones = unguarded(() -> InvestorExtractor.zones(t));
            assertThat(InvestorExtractor.zones(t)).as(t).isEqualTo(zones);
            assertThat(InvestorExtractor.zones(t)).as(t).isEqualTo(zones);
        }
    }

    @Test
    void tickersAreTheSameWithAndWithoutShortcuts() throws Exception {
        List<String> texts = new ArrayList<>(moreTexts());
        texts.addAll(List.of("Zhipu (02513.HK)", "CoreWeave (NASDAQ: CRWV)", "under the ticker CRWV", "with the stock code 2513",
                "ticker symbol ARM", "股票代码为02513", "证券代码：688795", "（2513.HK）", "Acme (the company)"));
        int found = 0;
        for (String t : texts) {
            for (int from : new int[]{0, t.length() / 2}) {
                ExchangeTicker.Ticker expected = unguarded(() -> ExchangeTicker.tickerAt(t, from));
                assertThat(ExchangeTicker.tickerAt(t, from)).as(t).isEqualTo(expected);
                if (expected != null) found++;
            }
            if (!ExchangeTicker.mayHoldTicker(t)) assertThat(unguarded(() -> ExchangeTicker.tickerAt(t, 0))).as(t).isNull();
        }
        assertThat(found).isGreaterThan(10);
    }
}
