package io.roundup.extract;

import io.roundup.domain.EventStatus;
import io.roundup.domain.EventType;

import java.util.Locale;

/**
 * How far an event has got, read from the wording of its clause. Negotiation language wins over
 * plans, plans over hearsay, hearsay over plain facts; among facts, words of completion
 * ("completed", "closed", "raised", "listed") make it completed and words of agreement
 * ("agreed", "to acquire", "priced", "subject to approval") announced.
 */
public final class StatusLexicon {

    /*
     * Each pattern runs on the lower-cased clause, after the check for its words (see Guard): every alternative
     * holds one of them.
     */
    private static final GuardedPattern IN_TALKS = GuardedPattern.of(
            "\\b(in (?:early |advanced |late[- ]stage |preliminary |final )?(?:talks|discussions|negotiations)|negotiating|"
                    + "in the midst of|would value|would be valued|could value|would give it a valuation|seeking to raise|"
                    + "is seeking|are seeking|seeks|sought to raise|is looking to raise|courting investors|in the process of raising|"
                    + "in (?:the )?process of (?:raising|securing)|sounding out investors|"
                    + "in gesprächen|in verhandlungen|gespräche mit|gespräche über|verhandelt|verhandeln|verhandlungen über|sondiert)\\b|洽谈|谈判|磋商|商谈|接洽",
            Guard.words("talks", "discussions", "negotiat", "in the midst of", "would value", "would be valued",
                "could value", "would give it a valuation", "seeking", "seeks", "sought to raise", "is looking to raise", "courting investors", "process of", "sounding out investors", "gespräch",
                "verhand", "sondiert", "洽谈", "谈判", "磋商", "商谈", "接洽"));
    private static final GuardedPattern PLANNED = GuardedPattern.of(
            "\\b(plans? to|planning|plans for|intends? to|intention to|aims? to|aiming to|is preparing|are preparing|preparing to|prepares to|"
                    + "filed for|has filed|have filed|files for|filing for|submitted (?:an |its )?(?:application|prospectus)|"
                    + "looking to|considering|weighing|mulling|exploring|is set to|are set to|slated to|scheduled to|"
                    + "expected to|expects to|will list|will go public|will debut|will begin trading|to go public|listing hearing|passed the hearing|listing application|"
                    + "upcoming|proposed|intended|targets? a|targeting|hopes to|eyeing|eyes|"
                    + "plant|planen|plante|geplant\\w*|beabsichtigt|will\\s+(?:\\S+\\s+){0,8}?(?:aufnehmen|einsammeln|einwerben|sammeln|an die börse|übernehmen|kaufen)|"
                    + "strebt\\s+(?:\\S+\\s+){0,6}?an|erwägt|prüft|bereitet\\s+(?:\\S+\\s+){0,6}?vor|beantragt|"
                    + "soll\\s+(?:\\S+\\s+){0,6}?(?:an die börse|aufnehmen|einsammeln))\\b|拟|计划|筹备|递表|递交|将于|准备|筹划|申请上市|启动上市|冲刺|谋求",
            Guard.words("plan", "intend", "intention to", "aim", "prepar", "filed", "files for", "filing for",
                "submitted", "looking to", "considering", "weighing", "mulling", "exploring", "set to", "slated to", "scheduled to", "expect", "will",
                "to go public", "listing hearing", "passed the hearing", "listing application", "upcoming", "proposed", "target", "hopes to", "eye",
                "beabsichtigt", "strebt", "erwägt", "prüft", "bereitet", "beantragt", "soll", "拟", "计划", "筹备", "递表", "递交", "将于", "准备",
                "筹划", "申请上市", "启动上市", "冲刺", "谋求"));
    private static final GuardedPattern REPORTED = GuardedPattern.of(
            "\\b(reportedly|according to (?:people|sources|reports|a report|media|persons|insiders|several|two|three|the information|bloomberg|reuters|the financial times|the wall street journal)|"
                    + "people familiar|sources (?:said|say|familiar)|is said to|are said to|was said to|rumou?red|"
                    + "it is reported|reports said|reported that|media reports|"
                    + "berichten zufolge|laut insidern|insidern zufolge|laut informationen|nach informationen|laut einem bericht|laut medienberichten|"
                    + "medienberichten zufolge|angeblich|wie (?:\\S+\\s+){1,5}?(?:berichtet|berichtete|meldet|meldete))\\b|据报道|据悉|消息人士|知情人士|传闻|据[^，。]{1,12}报道|有消息称|援引|爆料",
            Guard.words("reportedly", "according to", "people familiar", "sources", "said to", "rumo", "report",
                "bericht", "insider", "informationen", "angeblich", "meldet", "据报道", "据悉", "消息人士", "知情人士", "传闻", "报道", "有消息称", "援引",
                "爆料"));
    private static final GuardedPattern COMPLETED = GuardedPattern.of(
            "\\b(completed|completion|closed|has closed|have closed|raised|has raised|secured|landed|bagged|pulled in|"
                    + "received|obtained|listed|officially listing|officially listed|went public|debuted|made its debut|"
                    + "began trading|started trading|rang the bell|acquired|bought|finalized|finalised|wrapped up|snapped up|"
                    + "took over|merged|spent|purchased|bought out|raises|secures|closes|lands|completes|gets|nets|"
                    + "abgeschlossen|schließt\\s+(?:\\S+\\s+){0,8}?ab|eingesammelt|sammelt|sammelte|eingeworben|erhalten|erhält|erhielt|aufgenommen|"
                    + "nimmt\\s+(?:\\S+\\s+){0,8}?auf|holt\\s+sich|übernommen|gekauft|börsendebüt|erstnotiz|notiert|gelistet|an die börse gegangen)\\b"
                    + "|完成|宣布完成|已完成|获得|獲得|上市首日|正式上市|挂牌|收购了|斩获|敲钟|已获|获",
            Guard.words("complet", "close", "rais", "secur", "land", "bagged", "pulled in", "received",
                "obtained", "list", "went public", "debut", "began trading", "started trading", "rang the bell", "acquired", "bought", "finali",
                "wrapped up", "snapped up", "took over", "merged", "spent", "purchased", "gets", "nets", "abgeschlossen", "schließt", "sammel",
                "eingeworben", "erh", "aufgenommen", "nimmt", "holt", "übernommen", "gekauft", "börse", "erstnotiz", "notiert", "gelistet", "完成",
                "获", "獲得", "上市", "挂牌", "收购了", "斩获", "敲钟"), 11);
    private static final GuardedPattern ANNOUNCED = GuardedPattern.of(
            "\\b(agreed|agrees|agreement|to acquire|to buy|will acquire|will buy|deal to|signed|priced|prices|pricing|"
                    + "requires? approval|subject to|pending|awaiting|has announced plans|unveiled|is acquiring|is buying|"
                    + "to be acquired|will invest|would invest|agreed to invest|plans to invest|will be acquired|will be bought|will be merged|is being acquired|is being bought|agreed to be|will combine|committed|commits|is raising|are raising|is leading|definitive agreement|"
                    + "angekündigt|kündigt\\s+(?:\\S+\\s+){0,8}?an|kündigte\\s+(?:\\S+\\s+){0,8}?an|vereinbart|vereinbarung|unterzeichnet|übernimmt|kauft|gab bekannt|gibt bekannt)\\b|宣布|签署|定价|签约|达成协议",
            Guard.words("agree", "acquir", "buy", "deal to", "signed", "pric", "approval", "subject to", "pending",
                "awaiting", "has announced plans", "unveiled", "invest", "bought", "merged", "combine", "commit", "raising", "leading", "angekündigt",
                "kündigt", "vereinbar", "unterzeichnet", "übernimmt", "kauft", "bekannt", "宣布", "签署", "定价", "签约", "达成协议"));

    private static final GuardedPattern IPO_DONE = GuardedPattern.of(
            "\\b(listing|listed|debut|debuted|went public|trading|traded|trades|ipo raised|offering raised|successful listing|börsendebüt|erstnotiz|notiert|brachte|einbrachte|erlöste|erzielte|gestartet|debütiert|gegangen)\\b|上市|挂牌|登陆|登陸|敲钟|首日",
            Guard.words("list", "debut", "went public", "trad", "ipo raised", "offering raised", "börsendebüt",
                "erstnotiz", "notiert", "brachte", "erlöste", "erzielte", "gestartet", "debütiert", "gegangen", "上市", "挂牌", "登陆", "登陸", "敲钟",
                "首日"));
    private static final GuardedPattern IPO_PRICED = GuardedPattern.of("\\b(priced|prices|pricing)\\b|定价",
            Guard.words("pric", "定价"));

    private StatusLexicon() {
    }

    public static EventStatus classify(String clause, EventType type) {
        String s = clause.toLowerCase(Locale.ROOT);
        if (find(IN_TALKS, s)) {
            // "filed for an IPO, seeking to raise up to $500 million": a listing sought is a listing planned
            return type == EventType.IPO && find(PLANNED, s) ? EventStatus.PLANNED : EventStatus.IN_TALKS;
        }
        boolean completedWord = find(COMPLETED, s);
        boolean strong = strongCompletion(s);
        if (type == EventType.IPO && find(IPO_PRICED, s) && !strong) return EventStatus.ANNOUNCED;
        if (find(PLANNED, s) && !strong) return EventStatus.PLANNED;
        if (find(REPORTED, s)) return EventStatus.REPORTED;
        if (strong) return EventStatus.COMPLETED;
        if (find(ANNOUNCED, s) && (type == EventType.ACQUISITION || !completedWord)) return EventStatus.ANNOUNCED;
        if (completedWord) return EventStatus.COMPLETED;
        if (type == EventType.IPO) {
            // a listing not said to have happened: a hearing, an application, a prospectus
            return find(IPO_DONE, s) ? EventStatus.COMPLETED : EventStatus.PLANNED;
        }
        return type == EventType.ACQUISITION ? EventStatus.ANNOUNCED : EventStatus.COMPLETED;
    }

    /** The patterns run on the lower-cased clause, which is then its own fold for their words. */
    private static boolean find(GuardedPattern p, String lower) {
        return p.find(lower, lower);
    }

    private static boolean strongCompletion(String s) {
        return find(STRONG_COMPLETION, s) || s.contains("完成") || s.contains("正式上市") || s.contains("已获") || s.contains("敲钟");
    }

    /**
     * Words that say the event has happened, whatever else the clause says. One of its words stands at most 22 chars
     * into every match ("in their stock market debut": "debut"; "hat ... erhalten": "hat" at the start).
     */
    private static final GuardedPattern STRONG_COMPLETION = GuardedPattern.of("\\b(completed|completion|closed|has raised|have raised|raised|abgeschlossen|eingesammelt|hat\\s+(?:\\S+\\s+){0,8}?erhalten|aufgenommen|officially listing|officially listed|(?<!to be |will be |be |plans to be |expects to be )listed (?:on|in)|started trading|went public|debuted|began trading|has acquired|completed the acquisition|"
                + "first day of trading|first-day|made (?:its|their) (?:market |trading |stock market )?debut|in (?:its|their) (?:market |trading |stock market |hong kong |new york |nasdaq )?debut)\\b",
            Guard.words("complet", "closed", "raised", "abgeschlossen", "eingesammelt", "erhalten",
                "aufgenommen", "officially list", "listed ", "started trading", "went public", "debut", "began trading", "has acquired",
                "first day of trading", "first-day"),
            new Prefilter.Near(new String[] {"complet", "closed", "raised",
                "abgeschlossen", "eingesammelt", "hat", "aufgenommen", "officially list", "listed ", "started trading", "went public", "debut",
                "began trading", "has acquired", "first day of trading", "first-day", "made"}, 22));

    private static final GuardedPattern NEGATIVE = GuardedPattern.of(
            "\\b(has not|have not|had not|hasn't|haven't|hadn't|did not|didn't|does not|doesn't|do not|don't|never|no new|not yet|"
                    + "denied|denies|deny|declined to|rejected|rejects|called off|scrapped|abandoned|failed to|fail to|without raising|"
                    + "no plans?|neither|nor|lapsed|noch nicht|nicht bestätigt|hat nicht|haben nicht|keine neue\\w*|keine finanzierung|kein börsengang|dementiert\\w*|abgesagt|gescheitert|zurückgezogen|"
                    + "collapsed|shelved|shelves|withdrew|withdrawn|withdrawing|withdraws|postponed|postpones|postponing|suspended|pulled (?:its|the|their) (?:ipo|listing|offering|plans?)|fell apart|fell through|terminated|walked away|ended without|won't|will not|cannot|unable to)\\b|尚未|并未|未能|没有|否认|暂未|暂无|不会|未有",
            Guard.words("not", "n't", "never", "no new", "no plan", "deni", "deny", "declined to", "reject",
                "called off", "scrapped", "abandoned", "fail", "without raising", "neither", "nor", "lapsed", "nicht", "kein", "dementiert",
                "abgesagt", "gescheitert", "zurückgezogen", "collapsed", "shelve", "withdr", "postpon", "suspended", "pulled ", "fell ",
                "terminated", "walked away", "ended without", "unable to", "尚未", "并未", "未能", "没有", "否认", "暂未", "暂无", "不会", "未有"));

    /** A clause that says an event did not happen ("have not announced new funding"). */
    public static boolean isNegative(String clause) {
        return find(NEGATIVE, clause.toLowerCase(Locale.ROOT));
    }

    private static final GuardedPattern SPECULATIVE = GuardedPattern.of(
            "\\b(poised to|could|might|may|would likely|likely to|possibly|perhaps|potential|if|whether|speculat\\w*|eventually)\\b",
            Guard.words("poised to", "could", "might", "may", "likely", "possibly", "perhaps", "potential",
                "if", "whether", "speculat", "eventually"));

    /** A clause that only muses about an event ("poised to list", "could go public"). */
    public static boolean isSpeculative(String clause) {
        return find(SPECULATIVE, clause.toLowerCase(Locale.ROOT));
    }

    private static final GuardedPattern FUTURE = GuardedPattern.of(
            "\\b(will|shall|slated|scheduled|set to|expected to|upcoming|next|this coming|soll|sollen|wird|werden)\\b|将|拟",
            Guard.words("will", "shall", "slated", "scheduled", "set to", "expected to", "upcoming", "next",
                "this coming", "soll", "wird", "werden", "将", "拟"));

    /** A clause about something still to come. */
    public static boolean isFuture(String clause) {
        return find(FUTURE, clause.toLowerCase(Locale.ROOT));
    }
}
