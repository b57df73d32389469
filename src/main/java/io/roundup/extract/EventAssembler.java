package io.roundup.extract;

import io.roundup.domain.EventStatus;
import io.roundup.domain.EventType;
import io.roundup.extract.AmountRoles.RoledMoney;
import io.roundup.extract.CompanySpotter.NameSpan;
import io.roundup.extract.TriggerLexicon.Trigger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the events of one sentence. The sentence is cut into clauses ({@link Clauses}); in each clause every trigger
 * is tied to its company ({@link Subjects}, {@link Referents}, {@link AcquisitionRule}, {@link InvestmentRule}), and
 * the clause is cut into one segment per company, so figures, dates and status words go to the company whose segment
 * they sit in ({@link SegmentDraft}). A clause without an event of its own adds to the last one ({@link FocusDetails}).
 */
final class EventAssembler {

    private static final Pattern MONEY_WORD_BEFORE = Pattern.compile("(?is).*\\b(?:finanzierung\\p{L}*|\\p{L}*runde|kapital|geld)\\b.*");
    private static final Pattern MONEY_WORD_AFTER = Pattern.compile("(?is)\\s*(?:\\w+\\s+){0,3}?(?:funds|capital|money|cash|financing|funding|round|series)\\b.*");
    private static final Pattern GERMAN_FINAL_VERB = Pattern.compile("(?iu)eingesammelt|einsammeln|aufnehmen|einwerben|erhalten|aufgenommen|eingeworben|sammelt|erhält|erhielt|sammelte|bekommt|bekam");
    /** A clause that starts with a lower-case verb after "then": it has no subject of its own. */
    private static final Pattern VERB_FIRST = Pattern.compile("^\\s*(?:and\\s+)?then\\s+[a-z]");
    /** "before going public", "since its IPO", "pre-IPO round": the IPO is a time reference, not the event. */
    private static final Pattern TEMPORAL_BEFORE = Pattern.compile("(?i)(?:\\b(?:before|ahead of|after|since|following|prior to|until)\\s+(?:its\\s+|their\\s+|the\\s+|an\\s+|a\\s+)?(?:planned\\s+|eventual\\s+|possible\\s+)?|\\bpre-)$");
    private static final Pattern INVESTOR_VERB = Pattern.compile(
            "(?i)\\b(?:co-led|led|joined|participated in|took part in|invested in|backed|anchored|leading|co-leading|led the|joins|joining)"
                    + "\\s+(?:the|its|this|that|a|an)?\\s*(?:[\\w$.-]+\\s+){0,3}$"
                    + "|(?i)\\b(?:accounts? for|accounted for|contributed|put in|provided|committed)\\s+(?:\\S+\\s+){0,4}of\\s+(?:(?:the|its|this|that)\\s+)?$"
                    // "führt ASML die Finanzierungsrunde … an": the lead's verb before the round
                    + "|(?iu)(?<![\\p{L}])(?:führt|führte|führen|führten|leitet|leitete|leiten|leiteten)\\s+(?:\\p{L}+\\s+){0,3}?(?:die|den|das|eine|einen)\\s+(?:\\p{L}+\\s+){0,2}$");

    /** "Cherry Ventures raised $500 million for new funds": an investor's fund close is no round. */
    private static final Pattern FUND_WORDS = Pattern.compile("(?iu)\\b(?:funds?|vehicles?|fonds|fund (?:i|ii|iii|iv|v|vi)|lps?|limited partners)\\b|基金");

    private EventAssembler() {
    }

    static List<Draft> assemble(SentenceSplitter.Sentence sentence, DocumentContext ctx) {
        ctx.scanned = true;
        String original = sentence.text();
        if (sentence.paragraph() != ctx.paragraph) {
            ctx.paragraph = sentence.paragraph();
            String head = Subjects.paragraphCompany(original, ctx);
            if (head != null) ctx.lastSubject = head;
        }
        Matcher dl = Clauses.DATELINE.matcher(original);
        String text = dl.find() ? original.substring(dl.end()) : original;
        List<Draft> out = new ArrayList<>();
        boolean question = text.endsWith("?") || text.endsWith("?)") || text.endsWith("？") || Clauses.isHeadline(text) && ListItems.trigger(text, List.of()) == null;
        // the sentence's dates are found once: its day, and its last day as the anchor of the next sentence
        List<DateResolver.DateSpan> dates = ctx.dates.findAll(text, ctx.anchor, SegmentDraft.future(text));
        LocalDate sentenceDate = DateResolver.resolve(text, dates);
        if (!question) {
            List<int[]> clauses = Clauses.clauses(text);
            EventType sentenceType = sentenceType(text, clauses, ctx);
            ctx.clauseTopic = null;
            ctx.topicPending.clear();
            int clausesWithEvents = 0;
            for (int[] c : clauses) {
                String clause = text.substring(c[0], c[1]);
                List<Draft> ds = assembleClause(clause, sentenceType, ctx, clauses.size() == 1 ? sentenceDate : null);
                if (!ds.isEmpty()) clausesWithEvents++;
                for (Draft d : ds) {
                    d.evidence = original;
                    d.sentence = sentence.index();
                }
                out.addAll(ds);
            }
            if (clausesWithEvents == 1 && out.size() == 1 && out.get(0).date == null && out.get(0).status != EventStatus.IN_TALKS) {
                out.get(0).date = sentenceDate;
            }
        }
        // the last day the sentence told becomes the anchor for "the following day"
        LocalDate last = null;
        for (DateResolver.DateSpan s : dates) {
            if (s.date() != null && !DateResolver.insideBrackets(text, s.start())) last = s.date();
        }
        if (last != null) ctx.anchor = last;
        if (!out.isEmpty()) ctx.focus = out.get(out.size() - 1);
        // who "it", "这家公司" refer to is worked out only when a later clause asks (most never do)
        ctx.readTexts.add(text);
        ctx.openingText = out.isEmpty() ? text : null;
        return out;
    }

    /** IPO when the sentence has a specific IPO trigger outside brackets and negations: its money verbs are the IPO's. */
    private static EventType sentenceType(String text, List<int[]> clauses, DocumentContext ctx) {
        // only an IPO trigger is looked for: a sentence of several clauses needs no money verbs or funding words of its own
        boolean oneClause = clauses.size() == 1 && clauses.get(0)[0] == 0 && clauses.get(0)[1] == text.length();
        for (Trigger t : oneClause ? ctx.triggers(text) : TriggerLexicon.findAcquisitionsAndIpos(text)) {
            if (t.kind() == TriggerLexicon.Kind.SPECIFIC && t.type() == EventType.IPO && !DateResolver.insideBrackets(text, t.start())
                    && !StatusLexicon.isNegative(Clauses.commaSegment(text, t))) {
                return EventType.IPO;
            }
        }
        return null;
    }

    private static List<Draft> assembleClause(String clause, EventType sentenceType, DocumentContext ctx, LocalDate clauseDate) {
        List<Draft> out = new ArrayList<>();
        List<Trigger> triggers = new ArrayList<>();
        for (Trigger t : ctx.triggers(clause)) {
            if (DateResolver.insideBrackets(clause, t.start())) continue;
            if (t.type() == EventType.IPO && TEMPORAL_BEFORE.matcher(clause.substring(Math.max(0, t.start() - 30), t.start())).find()) continue;
            triggers.add(t);
        }
        List<Trigger> investorSide = new ArrayList<>();
        for (Trigger t : triggers) if (investorSide(clause, t)) investorSide.add(t);
        triggers.removeIf(t -> t.kind() == TriggerLexicon.Kind.GENERIC && !genericWithMoney(clause, t));
        triggers.removeAll(investorSide);
        if (triggers.isEmpty()) {
            // no event of its own: the clause can only add to the last event, and may name the topic of the next clause
            // (a clause that says no counts for neither; the topic's clause is checked when the topic is asked for)
            if (ctx.clauseTopic == null) ctx.topicPending.add(clause);
            if (ctx.focus == null || StatusLexicon.isNegative(clause)) return out;
            if (!investorSide.isEmpty()) FocusDetails.addLeads(clause, ctx.names(clause), ctx);
            else FocusDetails.add(clause, ctx.names(clause), ctx);
            return out;
        }
        if (StatusLexicon.isNegative(clause)) {
            // "X, which raised $50 million in 2024, has not announced listing plans": a negation ends at its commas
            triggers.removeIf(t -> StatusLexicon.isNegative(Clauses.commaSegment(clause, t)));
            if (triggers.isEmpty()) return out;
        }
        List<NameSpan> names = ctx.names(clause);
        Set<String> fromFocus = new HashSet<>();
        Map<String, EventGroup> groups = groups(clause, triggers, sentenceType, names, fromFocus, ctx);
        for (EventGroup g : groups.values()) {
            if (g.type() != EventType.ACQUISITION) ctx.lastSubject = g.company();
            if (g.type() == EventType.IPO) ctx.ipoCompanies.add(g.company());
        }
        if (groups.isEmpty()) return out;
        List<EventGroup> ordered = new ArrayList<>(groups.values());
        ordered.sort(Comparator.comparingInt(EventGroup::anchor));
        List<RoledMoney> money = AmountRoles.classify(clause);
        for (int i = 0; i < ordered.size(); i++) {
            for (Draft d : SegmentDraft.build(clause, ordered, i, money, names, ctx, clauseDate)) {
                if (d.type == EventType.FUNDING_ROUND && CompanyNames.isFundManager(d.company) && FUND_WORDS.matcher(clause).find()) continue;
                if (!fromFocus(clause, d, fromFocus, ctx)) out.add(d);
            }
        }
        return out;
    }

    /**
     * "The round was co-led by A and B": a draft of the company "it" refers to that tells no figure, date or listing
     * only adds its leads and round to the event told just before; whether it did.
     */
    private static boolean fromFocus(String clause, Draft d, Set<String> fromFocus, DocumentContext ctx) {
        if (fromFocus.contains(CompanyNames.key(d.company)) && d.amount == null && d.postMoney == null && d.preMoney == null
                && d.offerPrice == null && d.date == null && d.exchange == null && d.ticker == null) {
            Draft f = ctx.focus;
            if (f != null && f.type == d.type && CompanyNames.key(f.company).equals(CompanyNames.key(d.company)) && !FocusDetails.isDebt(clause)) {
                for (String l : d.leads) if (!f.leads.contains(l)) f.leads.add(l);
                if (f.roundLabel == null) f.roundLabel = d.roundLabel;
            }
            return true;
        }
        return false;
    }

    /**
     * The triggers of a clause grouped by the company and kind of event they tell, in the order first told; the keys of
     * companies taken from an earlier sentence ("it", "the company") go into {@code fromFocus}.
     */
    private static Map<String, EventGroup> groups(String clause, List<Trigger> triggers, EventType sentenceType, List<NameSpan> names,
                                                  Set<String> fromFocus, DocumentContext ctx) {
        List<NameSpan> subjects = Subjects.of(clause, names, ctx);
        // "xAI本月6日宣布，已完成200亿美元的E轮融资": a Chinese clause without a subject continues the topic of the one before
        String before = Referents.topicSoFar(ctx);
        // "…raised $665 million in June, then added $340 million": a clause that starts with its verb continues the topic
        String topic = subjects.isEmpty() && (CompanyNames.containsHan(clause) || VERB_FIRST.matcher(clause).find()) ? before : null;
        if (!subjects.isEmpty() && ctx.clauseTopic == null) ctx.clauseTopic = ctx.resolveAlias(subjects.get(0).canonical());
        Map<String, EventGroup> groups = new LinkedHashMap<>();
        for (Trigger t : triggers) {
            if (t.type() == EventType.ACQUISITION) {
                AcquisitionRule.apply(clause, t, names, subjects, groups, ctx);
                continue;
            }
            if (t.kind() == TriggerLexicon.Kind.STAKE) {
                StakeRule.apply(clause, t, names, subjects, groups, ctx);
                continue;
            }
            if (t.kind() == TriggerLexicon.Kind.INVEST) {
                InvestmentRule.apply(clause, t, names, subjects, groups, ctx);
                continue;
            }
            EventType type = t.type() != null ? t.type() : typeForGeneric(t, triggers, sentenceType);
            NameSpan subj = Subjects.forTrigger(clause, t, subjects);
            if (t.type() == null && !hasSpecific(triggers)) {
                // "MiniMax ... is raising HK$4.82 billion" after its listing was told: the IPO's money
                String who = subj != null ? ctx.resolveAlias(subj.canonical()) : Referents.focusCompany(ctx);
                if (who != null && toldIpo(who, ctx)) type = EventType.IPO;
            }
            boolean pronounSubject = Referents.PRONOUN_START.matcher(clause).find() || t.start() < 40 && ListItems.datedItem(clause);
            if (subj != null && subj.start() >= t.end() && pronounSubject && t.type() == null && Referents.focusCompany(ctx) != null) {
                // "The offering raised $4.87 billion for SoftBank": "the offering" is the subject, the name after
                // the money verb is who the money went to
                subj = null;
            }
            if (subj != null && ListItems.isDash(t) && !ListItems.headIsName(clause, subj, t)) continue;
            String company;
            int anchor;
            if (subj != null) {
                company = ctx.resolveAlias(subj.canonical());
                anchor = subj.start();
            } else if (topic != null) {
                company = topic;
                anchor = 0;
            } else if (refersBack(clause, t, subjects, names, pronounSubject, ctx)) {
                // "这家…公司" (this company) points at the company named last, not at the last event's
                boolean demonstrative = Referents.DEMONSTRATIVE.matcher(clause).find() && Referents.lastNamed(ctx) != null;
                company = demonstrative ? Referents.lastNamed(ctx) : Referents.focusCompany(ctx);
                anchor = 0;
                fromFocus.add(CompanyNames.key(company));
                if (t.type() == null && !hasSpecific(triggers) && ctx.focus != null && CompanyNames.sameCompany(ctx.focus.company, company)) {
                    type = ctx.focus.type == EventType.ACQUISITION ? EventType.FUNDING_ROUND : ctx.focus.type;
                }
                if (Referents.REFERS_TO_IPO.matcher(clause).find()) type = EventType.IPO;
            } else {
                continue;
            }
            EventGroup.in(groups, company, type, anchor).triggers().add(t);
        }
        return groups;
    }

    /** Whether a clause without a subject of its own for {@code t} tells of a company told before. */
    private static boolean refersBack(String clause, Trigger t, List<NameSpan> subjects, List<NameSpan> names, boolean pronounSubject,
                                      DocumentContext ctx) {
        boolean known = Referents.focusCompany(ctx) != null
                || Referents.DEMONSTRATIVE.matcher(clause).find() && Referents.lastNamed(ctx) != null;
        if (!known) return false;
        if (pronounSubject) return true;
        // an English clause without a name needs a word that refers back ("in 2023 the company raised");
        // "Several makers are preparing listings" is about no company told before
        return subjects.isEmpty() && (CompanyNames.containsHan(clause) || Referents.REFERS_BACK.matcher(clause.substring(0, t.end())).find()
                || !InvestorExtractor.leads(clause, names).isEmpty());
    }

    /** Whether the document told an IPO of this company so far ("智谱华章" and "智谱" are one company). */
    private static boolean toldIpo(String company, DocumentContext ctx) {
        for (String c : ctx.ipoCompanies) if (CompanyNames.sameCompany(c, company)) return true;
        return false;
    }

    /** "A led the round", "B joined the Series J": the trigger is the investor's, not the company's. */
    private static boolean investorSide(String clause, Trigger t) {
        if (t.type() != EventType.FUNDING_ROUND && t.kind() != TriggerLexicon.Kind.GENERIC) return false;
        String before = clause.substring(Math.max(0, t.start() - 40), t.start());
        return INVESTOR_VERB.matcher(before).find();
    }

    /** A money verb ("raised", "closed") counts only when money or a round follows it. */
    private static boolean genericWithMoney(String clause, Trigger t) {
        String after = clause.substring(t.end(), Math.min(clause.length(), t.end() + 60));
        if (!AmountParser.findAll(after).isEmpty()) return true;
        if (GERMAN_FINAL_VERB.matcher(t.text()).matches()) {
            // German puts the participle last: "hat 600 Millionen Euro eingesammelt"
            String before = clause.substring(Math.max(0, t.start() - 90), t.start());
            if (!AmountParser.findAll(before).isEmpty()) return true;
            if (MONEY_WORD_BEFORE.matcher(before).matches()) return true;
        }
        if (MONEY_WORD_AFTER.matcher(after).matches()) return true;
        for (Trigger o : TriggerLexicon.find(after)) if (o.type() != null && o.type() != EventType.ACQUISITION) return true;
        return false;
    }

    private static boolean hasSpecific(List<Trigger> triggers) {
        for (Trigger t : triggers) if (t.type() != null && t.type() != EventType.ACQUISITION) return true;
        return false;
    }

    /** A money verb takes the kind of the first specific trigger after it, else the nearest before, else the sentence's. */
    private static EventType typeForGeneric(Trigger g, List<Trigger> triggers, EventType sentenceType) {
        for (Trigger t : triggers) {
            if (t.start() >= g.end() && t.type() != null && t.type() != EventType.ACQUISITION) return t.type();
        }
        EventType before = null;
        for (Trigger t : triggers) {
            if (t.end() <= g.start() && t.type() != null && t.type() != EventType.ACQUISITION) before = t.type();
        }
        if (before != null) return before;
        return sentenceType != null ? sentenceType : EventType.FUNDING_ROUND;
    }
}
