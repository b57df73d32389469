package io.roundup.extract;

import io.roundup.domain.EventStatus;
import io.roundup.domain.EventType;
import io.roundup.domain.Money;
import io.roundup.extract.AmountRoles.RoledMoney;
import io.roundup.extract.CompanySpotter.NameSpan;
import io.roundup.extract.TriggerLexicon.Trigger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One company's event from its segment of a clause: the clause is cut where each company is named, and the figures,
 * dates, status words, round label, leads and IPO details of a segment belong to that company's event.
 */
final class SegmentDraft {

    private static final GuardedPattern STRONG_IPO = GuardedPattern.of(
            "(?i)\\b(?:went public|go(?:es)? public|going public|listed (?:on|in)|list(?:s|ing)? (?:on|in)|will list|to list|debut(?:ed|s)?|"
                    + "began trading|begins? trading|start(?:s|ed)? trading|filed (?:publicly |confidentially )?(?:for|to)|files (?:for|to)|"
                    + "priced|prices|pricing|ipo (?:raised|priced)|rang the bell)\\b|上市|挂牌|招股|递表|登陆|(?iu)börsengang|an die (?:\\p{L}+ )?börse|börsendebüt|erstnotiz",
            Guard.words("public", "list", "debut", "trading", "filed ", "files ", "pric", "ipo ", "rang the bell", "上市", "挂牌", "招股", "递表",
                    "登陆", "börse", "erstnotiz"));
    private static final Pattern SHARES_SOLD = Pattern.compile(
            "(?i)\\b(?:sold|selling|sells|offered|offering|issued|issuing)\\s+(?:about |some |nearly )?([\\d.,]+)\\s*(million|billion|m|bn)?\\s+(?:new |ordinary |class a |h )?shares\\b");

    private SegmentDraft() {
    }

    static boolean strongIpo(String text) {
        return STRONG_IPO.find(text);
    }

    /**
     * The events of {@code ordered.get(i)} in {@code clause}: one, or one per round when the company's segment tells
     * several ("raised $50 million in a 2021 Series A and $200 million in a Series B last year"); none when the segment
     * tells too little. {@code clauseDate} is the sentence's day when the sentence is this one clause.
     */
    static List<Draft> build(String clause, List<EventGroup> ordered, int i, List<RoledMoney> money, List<NameSpan> names,
                             DocumentContext ctx, LocalDate clauseDate) {
        EventGroup g = ordered.get(i);
        // groups with the same company position share one segment
        int first = i;
        while (first > 0 && ordered.get(first - 1).anchor() == g.anchor()) first--;
        int next = i + 1;
        while (next < ordered.size() && ordered.get(next).anchor() == g.anchor()) next++;
        List<EventGroup> sharing = ordered.subList(first, next);
        int segStart = first == 0 ? 0 : g.anchor();
        int segEnd = next < ordered.size() ? ordered.get(next).anchor() : clause.length();
        if (segEnd <= segStart) segEnd = clause.length();
        String prefix = first == 0 ? "" : clause.substring(0, ordered.get(0).anchor());
        List<int[]> rounds = g.type() == EventType.FUNDING_ROUND && sharing.size() == 1 && g.forced().isEmpty()
                ? RoundParts.of(clause, money, segStart, segEnd) : List.of(new int[]{segStart, segEnd});
        List<Draft> out = new ArrayList<>();
        for (int k = 0; k < rounds.size(); k++) {
            boolean whole = rounds.size() == 1;
            Draft d = draft(clause, g, sharing, money, whole ? names : null, ctx, whole ? clauseDate : null, rounds.get(k)[0], rounds.get(k)[1],
                    k == 0 ? prefix : "", whole && i == 0 && ordered.size() == 1);
            if (d != null) out.add(d);
        }
        return out;
    }

    /**
     * One event from {@code clause[segStart, segEnd)}. {@code names} are the clause's names when the segment is the
     * company's whole part of it (else the segment's own are used); {@code only} when it is the clause's only event.
     */
    private static Draft draft(String clause, EventGroup g, List<EventGroup> sharing, List<RoledMoney> money, List<NameSpan> names,
                               DocumentContext ctx, LocalDate clauseDate, int segStart, int segEnd, String prefix, boolean only) {
        String segment = clause.substring(segStart, segEnd);
        Draft d = new Draft();
        d.company = g.company();
        d.type = g.type();
        d.hasSpecificTrigger = g.hasSpecificTrigger();
        String statusText = prefix + " " + segment;
        d.status = StatusLexicon.classify(statusText, g.type());
        d.speculative = StatusLexicon.isSpeculative(statusText);
        d.strongIpo = strongIpo(statusText);
        figures(d, g, sharing, money, segStart, segEnd, segment);
        LocalDate segDate = ctx.dates.resolve(segment, ctx.anchor, future(segment));
        if (segDate == null && only) segDate = clauseDate;
        if (segDate == null && only) {
            segDate = ctx.dates.resolve(clause, ctx.anchor, future(clause));
        }
        d.date = d.status == EventStatus.IN_TALKS ? null : segDate;
        if (d.type == EventType.FUNDING_ROUND) {
            d.roundLabel = TriggerLexicon.roundLabel(segment);
            boolean whole = names != null && only;
            d.leads.addAll(InvestorExtractor.leads(whole ? clause : segment, whole ? names : ctx.names(segment)));
            for (String a : g.acquirers()) if (!d.leads.contains(a)) d.leads.add(a);
            d.leads.removeIf(l -> CompanyNames.key(l).equals(CompanyNames.key(d.company)));
        } else if (d.type == EventType.ACQUISITION) {
            d.leads.addAll(g.acquirers());
        } else {
            listing(d, segment, clause, ctx);
        }
        return keep(d) ? d : null;
    }

    /** The figures of the segment by role. */
    private static void figures(Draft d, EventGroup g, List<EventGroup> sharing, List<RoledMoney> money, int segStart, int segEnd, String segment) {
        if (!g.forced().isEmpty()) d.amount = g.forced().get(0);
        for (RoledMoney rm : money) {
            if (rm.span().start() < segStart || rm.span().start() >= segEnd) continue;
            if (sharing.size() > 1 && nearestGroup(sharing, rm.span().start()) != g) continue;
            switch (rm.role()) {
                case AMOUNT -> {
                    if (d.amount == null) d.amount = rm.span().money();
                }
                case POST_MONEY -> {
                    if (d.type == EventType.ACQUISITION) {
                        if (d.amount == null) d.amount = rm.span().money();
                    } else if (d.postMoney == null) d.postMoney = rm.span().money();
                }
                case PRE_MONEY -> {
                    if (d.preMoney == null) d.preMoney = rm.span().money();
                }
                case OFFER_PRICE -> {
                    if (d.type == EventType.IPO && d.offerPrice == null) d.offerPrice = rm.span().money();
                }
                case IGNORE -> {
                }
            }
        }
        if (d.type == EventType.IPO && d.amount == null && d.offerPrice != null) {
            // "sold 37.5 million shares at $40 each": gross proceeds are shares times price
            Matcher sh = SHARES_SOLD.matcher(segment);
            if (sh.find()) {
                BigDecimal n = new BigDecimal(sh.group(1).replace(",", "")).multiply(AmountParser.multiplier(sh.group(2)));
                d.amount = new Money(n.multiply(d.offerPrice.amount()), d.offerPrice.currency());
            }
        }
        if (d.type == EventType.FUNDING_ROUND && d.postMoney == null && d.amount == null && d.preMoney == null) {
            // a figure with no cue at all in a funding clause ("raised a $2 billion round") is the amount
            for (RoledMoney rm : money) {
                if (sharing.size() > 1 && nearestGroup(sharing, rm.span().start()) != g) continue;
                if (rm.span().start() >= segStart && rm.span().start() < segEnd && rm.role() == AmountRoles.Role.AMOUNT) {
                    d.amount = rm.span().money();
                    break;
                }
            }
        }
    }

    /** Exchange and ticker of a listing: the segment's, else the clause's; a ticker the document gave the company first. */
    private static void listing(Draft d, String segment, String clause, DocumentContext ctx) {
        d.exchange = ExchangeTicker.exchange(segment);
        if (d.exchange == null) d.exchange = ExchangeTicker.exchange(clause);
        ExchangeTicker.Ticker t = ctx.tickers.get(CompanyNames.key(d.company));
        if (t == null) t = ExchangeTicker.tickerAt(segment, 0);
        if (t == null) t = ExchangeTicker.tickerAt(clause, 0);
        if (t != null) {
            d.ticker = t.code();
            if (d.exchange == null) d.exchange = t.exchange();
        }
    }

    /**
     * The future flag for the dates of {@code text}, asked only where the resolver reads it (a weekday):
     * the same answer for every caller, so the resolver's memory of the last text serves them all.
     */
    static boolean future(String text) {
        return DateResolver.readsFuture(text) && StatusLexicon.isFuture(text);
    }

    /** Of groups sharing a segment, the one with a specific trigger nearest to {@code pos}. */
    private static EventGroup nearestGroup(List<EventGroup> groups, int pos) {
        EventGroup best = groups.get(0);
        int bestDist = Integer.MAX_VALUE;
        for (EventGroup g : groups) {
            for (Trigger t : g.triggers()) {
                if (t.kind() == TriggerLexicon.Kind.GENERIC) continue;
                int dist = pos < t.start() ? t.start() - pos : pos - t.end();
                if (dist < bestDist) {
                    bestDist = dist;
                    best = g;
                }
            }
        }
        return best;
    }

    /** Whether a draft tells enough to be an event of its kind. */
    private static boolean keep(Draft d) {
        if (d.company == null || d.company.isBlank()) return false;
        switch (d.type) {
            case FUNDING_ROUND -> {
                if (!d.hasSpecificTrigger && d.amount == null && d.postMoney == null && d.preMoney == null) return false;
                boolean datedCompletion = d.date != null && d.status == EventStatus.COMPLETED && d.hasSpecificTrigger
                        // "X is in talks to raise a new round": negotiations are told even before a figure is
                        || d.status == EventStatus.IN_TALKS && d.hasSpecificTrigger && !d.speculative;
                if (d.amount == null && d.postMoney == null && d.preMoney == null && d.roundLabel == null && d.leads.isEmpty()
                        && !datedCompletion) return false;
                if (d.speculative && d.amount == null && d.postMoney == null) return false;
            }
            case IPO -> {
                if (d.speculative && !d.hasDetail()) return false;
                if (d.amount == null && d.offerPrice == null && d.exchange == null && d.ticker == null && !d.strongIpo) return false;
                if (!d.hasSpecificTrigger && d.amount == null) return false;
            }
            case ACQUISITION -> {
                if (d.speculative && d.amount == null) return false;
            }
        }
        return true;
    }
}
