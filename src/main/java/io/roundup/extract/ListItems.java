package io.roundup.extract;

import io.roundup.domain.EventType;
import io.roundup.extract.TriggerLexicon.Trigger;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line of a round-up or timeline that tells a round without a verb: "• Acme — $40M Series B at $400M (lead: X)",
 * "Acme: $12 million seed", "June 2024 — $665 million at a $3.6 billion valuation". The dash after the head stands
 * for "raised"; a head that is a date tells a round of the company the list is about.
 */
final class ListItems {

    /** An item head (a bullet or number, then up to 60 chars without a sentence stop) and its dash or colon. */
    private static final Pattern HEAD = Pattern.compile(
            "^\\s*(?:[-*•·▪►]\\s*|\\d{1,2}[.)]\\s+)?([^—–:.;!?|]{2,60}?)\\s*(?:—|–|--|\\s-|:)\\s*(?:(?:about|around|roughly|nearly|over|more than|up to|just over)\\s+)?");
    /** A head that is a time: "June 2024", "Q3 2025", "2023", "2024年6月". */
    private static final Pattern DATE_HEAD = Pattern.compile(
            "(?i)^(?:(?:early|mid|late)[- ])?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+)?(?:\\d{1,2},?\\s+)?(?:19|20)\\d{2}$"
                    + "|(?i)^q[1-4]\\s+(?:19|20)\\d{2}$|^(?:19|20)\\d{2}\\s?年(?:\\s?\\d{1,2}\\s?月)?$");

    private ListItems() {
    }

    /** The dash of a verbless round line as a funding trigger, else null. {@code triggers} are the text's own. */
    static Trigger trigger(String text, List<Trigger> triggers) {
        for (Trigger t : triggers) if (t.type() == EventType.FUNDING_ROUND || t.type() == EventType.IPO || t.kind() == TriggerLexicon.Kind.GENERIC) {
            if (t.start() < 70) return null;
        }
        Matcher m = HEAD.matcher(text);
        if (!m.lookingAt()) return null;
        String head = m.group(1).trim();
        if (head.isEmpty() || !(Character.isUpperCase(head.charAt(0)) || Character.isDigit(head.charAt(0)) || CompanyNames.containsHan(head))) return null;
        if (Prefilter.hasDigit(head) && !DATE_HEAD.matcher(head).matches()) return null;
        List<AmountParser.MoneySpan> money = AmountParser.findAll(text.substring(m.end(), Math.min(text.length(), m.end() + 40)));
        if (money.isEmpty() || money.get(0).start() > 0 || money.get(0).range()) return null;
        return new Trigger(m.end(1), m.end(), EventType.FUNDING_ROUND, TriggerLexicon.Kind.SPECIFIC, text.substring(m.end(1), m.end()));
    }

    /** Whether a verbless round line opens with a time, not a company: "June 2024 — $665 million…". */
    static boolean datedItem(String text) {
        Matcher m = HEAD.matcher(text);
        return m.lookingAt() && DATE_HEAD.matcher(m.group(1).trim()).matches();
    }

    /** Whether {@code t} is the dash of a verbless round line. */
    static boolean isDash(Trigger t) {
        return t.kind() == TriggerLexicon.Kind.SPECIFIC && !t.text().isEmpty() && !Character.isLetter(t.text().strip().charAt(0));
    }

    /**
     * Whether the head of the line is the company's name and no more: "Issue size: ₹11,327 crore" and "Balderton Capital:
     * $1.3 billion across its funds" (an investor's own money) tell no round of a company.
     */
    static boolean headIsName(String text, CompanySpotter.NameSpan subject, Trigger t) {
        if (!BRACKETED_GAP.matcher(text.substring(subject.end(), t.start())).matches()) return false;
        return !CompanyNames.isFundManager(subject.text());
    }

    /** Nothing, or a bracket ("Neura Robotics (Metzingen) – €120m"), between the name and the dash. */
    private static final Pattern BRACKETED_GAP = Pattern.compile("\\s*(?:[(（][^)）]{1,40}[)）])?\\s*");
}
