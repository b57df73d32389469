package io.roundup.extract;

import io.roundup.domain.EventType;
import io.roundup.domain.Money;
import io.roundup.extract.CompanySpotter.NameSpan;
import io.roundup.extract.TriggerLexicon.Trigger;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stake bought in a company is a round of that company with the buyer as lead ("Nvidia took a $1 billion stake in
 * Nokia", "SoftBank bought $2 billion of Intel shares", "the state took a 9.9% stake in Intel for $8.9 billion"); the
 * money may be told before the company, after it ("for $8.9 billion") or not at all.
 */
final class StakeRule {

    /** "for $8.9 billion", "worth $1 billion" right after the company. */
    private static final Pattern PRICE_AFTER = Pattern.compile("(?i)^\\s*(?:['’]s\\s+(?:shares|stock)\\s*)?(?:,\\s*)?(?:for|worth|valued at)\\s+(?:about |around |roughly |nearly |some )?$");

    private static final Pattern PERCENT = Pattern.compile("%|per ?cent");

    private StakeRule() {
    }

    static void apply(String clause, Trigger t, List<NameSpan> names, List<NameSpan> subjects, Map<String, EventGroup> groups, DocumentContext ctx) {
        NameSpan target = Subjects.firstAfter(clause, t.end(), names, 5);
        if (target == null) return;
        Money amount = null;
        List<AmountParser.MoneySpan> inTrigger = AmountParser.findAll(t.text());
        if (!inTrigger.isEmpty()) {
            amount = inTrigger.get(0).money();
        } else {
            for (AmountParser.MoneySpan m : AmountParser.findAll(clause.substring(target.end()))) {
                if (PRICE_AFTER.matcher(clause.substring(target.end(), target.end() + m.start())).matches()) amount = m.money();
                break;
            }
        }
        // "took a stake in X last year": without a figure or a share the stake tells too little to be a round
        if (amount == null && !PERCENT.matcher(t.text()).find()) return;
        NameSpan buyer = null;
        for (NameSpan n : subjects) if (n.end() <= t.start()) buyer = n;
        String company = ctx.resolveAlias(target.canonical());
        EventGroup g = EventGroup.in(groups, company, EventType.FUNDING_ROUND, buyer != null ? buyer.start() : target.start());
        g.triggers().add(t);
        if (amount != null) g.forced().add(amount);
        if (buyer != null && !CompanyNames.key(buyer.canonical()).equals(CompanyNames.key(company))) {
            g.acquirers().add(ctx.resolveAlias(buyer.canonical()));
        }
    }
}
