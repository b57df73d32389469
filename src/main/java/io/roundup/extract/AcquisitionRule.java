package io.roundup.extract;

import io.roundup.domain.EventType;
import io.roundup.extract.CompanySpotter.NameSpan;
import io.roundup.extract.TriggerLexicon.Trigger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Who is bought and who buys, for an acquisition trigger: "X acquired Y", "Y was bought by X", "SAP will WalkMe kaufen". */
final class AcquisitionRule {

    private static final Pattern GERMAN_FINAL_ACQ = Pattern.compile("(?:zu )?(?:übernehmen|kaufen|erwerben)|übernommen|gekauft|erworben");
    /** Participles whose buyer follows "von" ("von SAP übernommen"), left to the passive rule. */
    private static final Pattern GERMAN_PASSIVE_PARTICIPLE = Pattern.compile("übernommen|erworben");
    private static final Pattern VON_AGENT = Pattern.compile("(?u)(?<![\\p{L}])von\\s+\\p{Lu}");
    private static final Pattern RELATIVE_OBJECT = Pattern.compile("(,?\\s+(?:which|that|whom)\\s+)[A-Z][\\w.&'’ -]{0,40}?\\s+(?:has\\s+|had\\s+|have\\s+|later\\s+|then\\s+)?$");
    private static final Pattern OBJECT_GAP_BLOCK = Pattern.compile("\\b(?:in|from|at|on|with|to|of|for|into|by|that|which|who|whose|than|as)\\b");
    private static final Pattern WEAK_ACQ_VERB = Pattern.compile("(?i)(?:to |will |agreed to )?(?:buy|buys|bought|buying|purchase|purchased|took over|takes over|to take over|snapped up|snaps up)");
    private static final Pattern COMPANY_CONTEXT = Pattern.compile(
            "(?i)\\b(?:company|companies|start-?ups?|firm|business|maker|developer|provider|platform|lab|rival|unit|subsidiary|deal|stake|"
                    + "acquisition|merger|takeover|owner|operator|brand|studio|chipmaker|manufacturer|shareholders?|transaction)\\b");
    private static final Pattern PRONOUN_ACQUIRER = Pattern.compile("(?i)\\b(?:it|the company|the group|the firm)\\s+(?:\\w+\\s+){0,3}$");
    private static final Pattern BY = Pattern.compile("\\b(?:by|durch)\\s+");

    private AcquisitionRule() {
    }

    /** Adds the acquisition {@code t} tells to {@code groups}, if its target can be found. */
    static void apply(String clause, Trigger t, List<NameSpan> names, List<NameSpan> subjects,
                      Map<String, EventGroup> groups, DocumentContext ctx) {
        NameSpan target = null;
        List<String> acquirers = new ArrayList<>();
        if (t.kind() == TriggerLexicon.Kind.PASSIVE_ACQUISITION) {
            for (NameSpan n : subjects) if (n.end() <= t.start()) target = n;
            NameSpan by = Subjects.firstAfter(clause, t.end(), names, 30);
            if (by != null) acquirers.add(ctx.resolveAlias(by.canonical()));
        } else if (GERMAN_FINAL_ACQ.matcher(t.text()).matches()) {
            if (GERMAN_PASSIVE_PARTICIPLE.matcher(t.text()).matches() && VON_AGENT.matcher(clause.substring(0, t.start())).find()) {
                return; // "von SAP übernommen": the passive rule
            }
            // "SAP will WalkMe für 1,5 Mrd. Dollar kaufen", "…, das Unternehmen WalkMe zu übernehmen": object before the verb
            NameSpan doer = subjects.isEmpty() ? null : subjects.get(0);
            for (NameSpan n : names) if (n.end() <= t.start() && n != doer && !InvestorExtractor.isPerson(clause, n)) target = n;
            if (target == null) return;
            if (doer != null && doer.start() < target.start()) acquirers.add(ctx.resolveAlias(doer.canonical()));
        } else {
            target = Subjects.firstAfter(clause, t.end(), names, 45);
            if (target == null) {
                target = relativeObject(clause, t, names, acquirers, ctx);
                if (target == null) return;
            } else if (!activeObject(clause, t, target, names, subjects, acquirers, ctx)) {
                return;
            }
        }
        if (target == null) return;
        String company = ctx.resolveAlias(target.canonical());
        acquirers.removeIf(a -> CompanyNames.key(a).equals(CompanyNames.key(company)));
        int anchor = Math.min(target.start(), t.start());
        for (NameSpan n : subjects) if (n.end() <= t.start() && t.kind() != TriggerLexicon.Kind.PASSIVE_ACQUISITION) anchor = Math.min(anchor, n.start());
        EventGroup g = EventGroup.in(groups, company, EventType.ACQUISITION, anchor);
        g.triggers().add(t);
        for (String a : acquirers) if (!g.acquirers().contains(a)) g.acquirers().add(a);
    }

    /** "Slack, which Salesforce bought in 2021": the object is the name before "which", the buyer the name after it. */
    private static NameSpan relativeObject(String clause, Trigger t, List<NameSpan> names, List<String> acquirers, DocumentContext ctx) {
        Matcher rel = RELATIVE_OBJECT.matcher(clause.substring(0, t.start()));
        if (!rel.find()) return null;
        NameSpan antecedent = null, doer = null;
        for (NameSpan n : names) {
            if (n.end() <= rel.start(1) + 1 && n.end() >= rel.start(1) - 1) antecedent = n;
            if (n.start() >= rel.end(1) && n.end() <= t.start()) doer = n;
        }
        if (antecedent == null || doer == null) return null;
        acquirers.add(ctx.resolveAlias(doer.canonical()));
        return antecedent;
    }

    /** "X acquired Y": whether {@code target} after the verb is its object; the buyer is added to {@code acquirers}. */
    private static boolean activeObject(String clause, Trigger t, NameSpan target, List<NameSpan> names, List<NameSpan> subjects,
                                        List<String> acquirers, DocumentContext ctx) {
        String gap = clause.substring(t.end(), target.start()).toLowerCase(Locale.ROOT);
        if (OBJECT_GAP_BLOCK.matcher(gap).find() || gap.trim().split("\\s+").length > 5) return false;
        if (WEAK_ACQ_VERB.matcher(t.text()).matches() && !target.known() && !COMPANY_CONTEXT.matcher(clause).find()
                && AmountParser.findAll(clause).isEmpty()) return false;
        Matcher by = BY.matcher(clause);
        NameSpan acq = null;
        if (t.kind() == TriggerLexicon.Kind.NOUN_ACQUISITION && by.find(target.end()) && by.start() - target.end() < 40) {
            acq = Subjects.firstAfter(clause, by.end(), names, 5);
        }
        if (acq == null) {
            for (NameSpan n : subjects) if (n.end() <= t.start() && n != target) acq = n;
        }
        if (acq != null) {
            acquirers.add(ctx.resolveAlias(acq.canonical()));
        } else if (ctx.focus != null && PRONOUN_ACQUIRER.matcher(clause.substring(0, t.start())).find()) {
            if (ctx.focus.type == EventType.ACQUISITION && !ctx.focus.leads.isEmpty()) acquirers.add(ctx.focus.leads.get(0));
            else acquirers.add(ctx.focus.company);
        }
        return true;
    }
}
