package io.roundup.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one robots.txt that apply to us, read by crawler-commons' RFC 9309 parser: the groups
 * naming our product token ({@code roundup}, case-insensitive) if any, else the {@code *} groups, else
 * nothing is forbidden; the longest matching pattern decides, Allow on a tie; {@code /robots.txt}
 * itself is always allowed. The parser also takes what real files hold and a hand-written one missed
 * (a byte-order mark, "useragent", a missing colon, percent-encodings compared normalised). A
 * {@code Crawl-delay} in the chosen groups is kept, however long: the fetcher caps it itself.
 */
final class RobotsRules {

    /** Any absolute URL will do: the rules only look at path and query. */
    private static final String BASE = "http://robots.invalid";

    private final BaseRobotRules rules;
    private final String disallowAllReason;

    private RobotsRules(BaseRobotRules rules, String disallowAllReason) {
        this.rules = rules;
        this.disallowAllReason = disallowAllReason;
    }

    static RobotsRules allowAll() {
        return new RobotsRules(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), null);
    }

    /** Everything is off limits, e.g. while robots.txt cannot be read (5xx, network error). */
    static RobotsRules disallowAll(String reason) {
        return new RobotsRules(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE), reason);
    }

    /** {@code body} as served (any byte-order mark included). */
    static RobotsRules parse(byte[] body, String productToken) {
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        parser.setMaxCrawlDelay(Long.MAX_VALUE); // else a long Crawl-delay turns into "disallow all"
        return new RobotsRules(parser.parseContent(BASE + "/robots.txt", body, "text/plain",
                List.of(productToken.toLowerCase(Locale.ROOT))), null);
    }

    /** Whether {@code pathAndQuery} (raw path, plus "?query" if any) may be fetched. */
    boolean allows(String pathAndQuery) {
        String p = pathAndQuery == null || pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        if (p.equals("/robots.txt")) return true;
        if (disallowAllReason != null) return false;
        return rules.isAllowed(BASE + (p.startsWith("/") ? p : "/" + p));
    }

    /** Why everything is disallowed, or null when the rules were read. */
    String disallowAllReason() {
        return disallowAllReason;
    }

    /** The Crawl-delay asked of us, or null. */
    Duration crawlDelay() {
        long ms = rules.getCrawlDelay();
        return ms == BaseRobotRules.UNSET_CRAWL_DELAY || ms < 0 ? null : Duration.ofMillis(ms);
    }
}
