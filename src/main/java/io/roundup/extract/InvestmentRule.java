package io.roundup.extract;

import io.roundup.domain.EventType;
import io.roundup.extract.AmountRoles.RoledMoney;
import io.roundup.extract.CompanySpotter.NameSpan;
import io.roundup.extract.TriggerLexicon.Trigger;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Meta will invest $14.3 billion in Scale AI", "Meta以143亿美元投资Scale AI": a round of the company invested in, led by
 * the investor, with the money the investor put in.
 */
final class InvestmentRule {

    private static final Pattern INVEST_TARGET_DESC = Pattern.compile(
            "^\\s*in(?:to)?\\s+(?:the|this|that|its)\\s+(?:[\\w-]+\\s+){0,4}?(?:company|start-?up|firm|lab|developer|maker|business|group|unicorn)\\b");
    private static final Pattern CUMULATIVE = Pattern.compile("累计|总计|迄今|至今|先后|多次");
    /** "以约15亿欧元的价格认购": the words between the money and the verb. */
    private static final Pattern PRICE_GAP = Pattern.compile("\\s?的?(?:价格|代价|对价)");
    /** "into the start-up Zhenyu", "in Acme": the investee follows, maybe after a description of it. */
    private static final Pattern INTO = Pattern.compile(
            "^\\s*in(?:to)?\\s+(?:(?:the|a|an)\\s+(?:[\\w-]+\\s+){0,3}?(?:start-?up|company|firm|developer|maker|lab|unicorn|business|group|provider)\\s+(?=[\\p{Lu}\\p{IsHan}]))?");
    /** "for a 30% stake in Wavefront", "for 49% of Scale AI": money for a share of the company is money invested in it. */
    private static final Pattern FOR_A_STAKE = Pattern.compile(
            "(?i)^\\s*for\\s+(?:a\\s+|an\\s+)?(?:(?:roughly\\s+|about\\s+|nearly\\s+)?\\d+(?:\\.\\d+)?\\s?(?:%|per ?cent)\\s+(?:stake\\s+|share\\s+|holding\\s+)?(?:in|of)|"
                    + "(?:minority|majority|controlling|significant)\\s+(?:stake|holding|share)\\s+in)\\s+(?:the\\s+)?");
    private static final Pattern CUMULATIVE_INVEST = Pattern.compile("(?i)\\b(?:since (?:\\d{4}|its|it was)|to date|so far|in total|a total of|altogether|over the (?:years|past|last)|cumulative)\\b");
    private static final Pattern ROUND_SLICE = Pattern.compile("(?i)\\b(?:round|series [a-z]|raise|offering|ipo|funding)\\b");
    /** "Nvidia invested $500 million in xAI's latest round": one investor's slice, not the round. */
    private static final Pattern SLICE_AFTER_TARGET = Pattern.compile(
            "^(?:['’]s\\s+(?:\\w+\\s+){0,3}?(?:round|funding|financing|series|raise|offering|ipo)|\\s*(?:,\\s*)?as part of)", Pattern.CASE_INSENSITIVE);

    private InvestmentRule() {
    }

    /** Adds the round {@code t} tells to {@code groups}, if the money and the company invested in can be found. */
    static void apply(String clause, Trigger t, List<NameSpan> names, List<NameSpan> subjects, Map<String, EventGroup> groups, DocumentContext ctx) {
        if (CompanyNames.isHan(t.text())) {
            applyZh(clause, t, names, subjects, groups, ctx);
            return;
        }
        List<AmountParser.MoneySpan> ms = AmountParser.findAll(clause.substring(t.end()));
        if (ms.isEmpty() || ms.get(0).start() > 25) return;
        AmountParser.MoneySpan m = ms.get(0);
        int afterMoney = t.end() + m.end();
        String rest = clause.substring(afterMoney);
        if (CUMULATIVE_INVEST.matcher(clause).find()) return;
        if (ROUND_SLICE.matcher(rest.length() > 50 ? rest.substring(0, 50) : rest).find()) return;
        NameSpan investor = null;
        for (NameSpan n : subjects) if (n.end() <= t.start()) investor = n;
        String company = null;
        int anchor = t.start();
        Matcher in = INTO.matcher(rest);
        boolean found = in.lookingAt();
        if (!found) {
            in = FOR_A_STAKE.matcher(rest);
            found = in.lookingAt();
        }
        if (found) {
            NameSpan target = Subjects.firstAfter(clause, afterMoney + in.end(), names, 4);
            if (target != null && SLICE_AFTER_TARGET.matcher(clause.substring(target.end())).find()) return;
            if (target != null) {
                company = ctx.resolveAlias(target.canonical());
            } else if (INVEST_TARGET_DESC.matcher(rest).find()) {
                for (NameSpan n : subjects) {
                    if (n != investor && n.end() <= t.start()) {
                        company = ctx.resolveAlias(n.canonical());
                        anchor = n.start();
                        break;
                    }
                }
                if (company == null && ctx.focus != null) company = ctx.focus.company;
            }
        }
        if (company == null) return;
        if (investor != null && CompanyNames.key(investor.canonical()).equals(CompanyNames.key(company))) investor = null;
        if (investor != null && investor.start() < anchor) anchor = investor.start();
        EventGroup g = EventGroup.in(groups, company, EventType.FUNDING_ROUND, anchor);
        g.triggers().add(t);
        g.forced().add(m.money());
        if (investor != null) g.acquirers().add(ctx.resolveAlias(investor.canonical()));
    }

    /** "Meta以143亿美元投资Scale AI": the money is before the Chinese verb, the company after it. */
    private static void applyZh(String clause, Trigger t, List<NameSpan> names, List<NameSpan> subjects, Map<String, EventGroup> groups, DocumentContext ctx) {
        AmountParser.MoneySpan m = null;
        List<RoledMoney> roled = AmountRoles.classify(clause);
        for (RoledMoney rm : roled) if (rm.span().end() <= t.start() && rm.role() == AmountRoles.Role.AMOUNT) m = rm.span();
        if (m == null || t.start() - m.end() > 2 && !PRICE_GAP.matcher(clause.substring(m.end(), t.start())).matches()) {
            // "以每股7.5美元，认购X约2.94亿股新股，涉及现金总额22亿美元": the total told after the shares
            m = null;
            for (RoledMoney rm : roled) {
                if (rm.span().start() > t.end() && rm.role() == AmountRoles.Role.AMOUNT) {
                    m = rm.span();
                    break;
                }
            }
            if (m == null) return;
        }
        if (CUMULATIVE.matcher(clause).find()) return;
        NameSpan target = Subjects.firstAfter(clause, t.end(), names, 3);
        if (target == null) return;
        NameSpan investor = null;
        for (NameSpan n : subjects) if (n.end() <= Math.min(m.start(), t.start())) investor = n;
        String company = ctx.resolveAlias(target.canonical());
        EventGroup g = EventGroup.in(groups, company, EventType.FUNDING_ROUND, investor != null ? investor.start() : target.start());
        g.triggers().add(t);
        g.forced().add(m.money());
        if (investor != null && !CompanyNames.key(investor.canonical()).equals(CompanyNames.key(company))) {
            g.acquirers().add(ctx.resolveAlias(investor.canonical()));
        }
    }
}
