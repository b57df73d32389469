package io.roundup.fetch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules of one robots.txt that apply to us (RFC 9309): the groups naming our product token
 * ({@code roundup}, case-insensitive, a "/version" suffix ignored) if any, else the {@code *} groups,
 * else nothing is forbidden. The longest matching Allow/Disallow pattern decides, Allow on a tie;
 * {@code *} matches any run of characters and a final {@code $} anchors the end. {@code /robots.txt}
 * itself is always allowed. A {@code Crawl-delay} in the chosen groups is kept.
 */
final class RobotsRules {

    private record Rule(boolean allow, String pattern, Pattern regex) {
    }

    private final List<Rule> rules;
    private final Duration crawlDelay;
    private final String disallowAllReason;

    private RobotsRules(List<Rule> rules, Duration crawlDelay, String disallowAllReason) {
        this.rules = rules;
        this.crawlDelay = crawlDelay;
        this.disallowAllReason = disallowAllReason;
    }

    static RobotsRules allowAll() {
        return new RobotsRules(List.of(), null, null);
    }

    /** Everything is off limits, e.g. while robots.txt cannot be read (5xx, network error). */
    static RobotsRules disallowAll(String reason) {
        return new RobotsRules(List.of(), null, reason);
    }

    static RobotsRules parse(String text, String productToken) {
        String token = productToken.toLowerCase(Locale.ROOT);
        List<Rule> ours = new ArrayList<>();
        List<Rule> star = new ArrayList<>();
        Duration oursDelay = null;
        Duration starDelay = null;
        boolean oursFound = false;
        List<String> agents = new ArrayList<>();
        boolean inRules = false;
        for (String rawLine : text.split("\r\n|\r|\n")) {
            String line = rawLine;
            int hash = line.indexOf('#');
            if (hash >= 0) line = line.substring(0, hash);
            int colon = line.indexOf(':');
            if (colon < 0) continue;
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (inRules) {
                    agents.clear();
                    inRules = false;
                }
                String a = value.toLowerCase(Locale.ROOT);
                int slash = a.indexOf('/');
                if (slash >= 0) a = a.substring(0, slash).strip();
                agents.add(a);
                if (a.equals(token)) oursFound = true;
                continue;
            }
            if (!key.equals("allow") && !key.equals("disallow") && !key.equals("crawl-delay")) continue;
            if (agents.isEmpty()) continue; // a rule before any user-agent line belongs to no group
            inRules = true;
            boolean forUs = agents.contains(token);
            boolean forStar = agents.contains("*");
            if (!forUs && !forStar) continue;
            if (key.equals("crawl-delay")) {
                Duration d = seconds(value);
                if (d != null) {
                    if (forUs) oursDelay = d;
                    if (forStar) starDelay = d;
                }
                continue;
            }
            if (value.isEmpty()) continue; // "Disallow:" forbids nothing
            Rule r = new Rule(key.equals("allow"), value, regex(value));
            if (forUs) ours.add(r);
            if (forStar) star.add(r);
        }
        return oursFound ? new RobotsRules(List.copyOf(ours), oursDelay, null)
                : new RobotsRules(List.copyOf(star), starDelay, null);
    }

    /** Whether {@code pathAndQuery} (raw path, plus "?query" if any) may be fetched. */
    boolean allows(String pathAndQuery) {
        String p = pathAndQuery == null || pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        if (p.equals("/robots.txt")) return true;
        if (disallowAllReason != null) return false;
        Rule best = null;
        for (Rule r : rules) {
            if (!r.regex.matcher(p).lookingAt()) continue;
            if (best == null || r.pattern.length() > best.pattern.length()
                    || (r.pattern.length() == best.pattern.length() && r.allow && !best.allow)) best = r;
        }
        return best == null || best.allow;
    }

    /** Why everything is disallowed, or null when the rules were read. */
    String disallowAllReason() {
        return disallowAllReason;
    }

    /** The Crawl-delay asked of us, or null. */
    Duration crawlDelay() {
        return crawlDelay;
    }

    private static Pattern regex(String pattern) {
        boolean anchored = pattern.endsWith("$");
        String body = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        StringBuilder re = new StringBuilder();
        String[] parts = body.split("\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) re.append(".*");
            if (!parts[i].isEmpty()) re.append(Pattern.quote(parts[i]));
        }
        if (anchored) re.append('$');
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }

    private static Duration seconds(String value) {
        try {
            double s = Double.parseDouble(value);
            return s >= 0 && s < 86_400 ? Duration.ofMillis((long) (s * 1000)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
