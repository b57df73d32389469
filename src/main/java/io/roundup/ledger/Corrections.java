package io.roundup.ledger;

import io.roundup.domain.Mention;
import io.roundup.domain.Reject;
import io.roundup.normalize.EventMerger;
import io.roundup.normalize.EventMerger.Merged;
import io.roundup.normalize.NormalizedMention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies the analysts' corrections to the freshly merged ledger, in file order, on every run, so
 * they survive re-extraction. A set changes the field in every mention of the event and rebuilds it
 * under its id (USD figures follow, the evidence stays); not_event drops the event; merge moves the
 * other event's mentions into the target; approve releases the event from review. A correction
 * whose target is not in this run's ledger, or names several events, is returned as a reject: never
 * dropped silently.
 */
public final class Corrections {

    /** Normalises a changed mention again, as the normalize step did the original. */
    public interface Renormalizer {
        NormalizedMention renormalize(NormalizedMention before, Mention changed);
    }

    /**
     * The corrected events; per event id, the columns corrections set and who approved it; the events
     * dropped as not events (id → the correction); and the corrections that could not apply.
     */
    public record Outcome(List<Merged> events, Map<String, List<String>> correctedFields, Map<String, String> approvals,
                          Map<String, Correction> dropped, List<Reject> unapplied) {
    }

    private final Renormalizer renormalizer;
    private final EventMerger merger = new EventMerger();

    public Corrections(Renormalizer renormalizer) {
        this.renormalizer = renormalizer;
    }

    public Outcome apply(List<Merged> merged, List<Correction> corrections, String source) {
        Map<String, Merged> events = new LinkedHashMap<>();
        merged.forEach(m -> events.put(m.event().eventId(), m));
        Map<String, Set<String>> fields = new LinkedHashMap<>();
        Map<String, String> approvals = new LinkedHashMap<>();
        Map<String, Correction> dropped = new LinkedHashMap<>();
        List<Reject> unapplied = new ArrayList<>();
        for (Correction c : corrections) {
            Target target = one(events, c.eventId(), c.document(), c.company());
            String id = target.id();
            String problem = target.problem();
            if (problem == null) switch (c.action()) {
                case SET -> {
                    events.put(id, set(events.get(id), c));
                    fields.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(c.field().column());
                }
                case NOT_EVENT -> {
                    dropped.put(id, c);
                    events.remove(id);
                }
                case APPROVE -> approvals.put(id, c.who());
                case MERGE -> problem = merge(events, fields, id, c);
            }
            if (problem != null) unapplied.add(new Reject(source, c.line(), problem + " (" + c.what() + " by " + c.who() + ")",
                    c.target()));
        }
        Map<String, List<String>> corrected = new LinkedHashMap<>();
        fields.forEach((id, f) -> { if (events.containsKey(id)) corrected.put(id, List.copyOf(f)); });
        approvals.keySet().retainAll(events.keySet());
        return new Outcome(List.copyOf(events.values()), corrected, approvals, dropped, unapplied);
    }

    private Merged set(Merged m, Correction c) {
        List<NormalizedMention> members = new ArrayList<>();
        for (NormalizedMention n : m.members()) members.add(renormalizer.renormalize(n, c.field().apply(n.mention(), c.value())));
        return merger.rebuild(m.event().eventId(), members);
    }

    /** Null when merged, else why not. */
    private String merge(Map<String, Merged> events, Map<String, Set<String>> fields, String id, Correction c) {
        String value = c.value().trim();
        int hash = value.lastIndexOf('#');
        Target found = value.startsWith("ev-") || hash < 0 ? one(events, value, null, null)
                : one(events, null, value.substring(0, hash), value.substring(hash + 1));
        if (found.problem() != null) return found.problem();
        String other = found.id();
        if (other.equals(id)) return "correction_merge_with_itself: " + value + " is the target event " + id;
        List<NormalizedMention> members = new ArrayList<>(events.get(id).members());
        members.addAll(events.remove(other).members());
        events.put(id, merger.rebuild(id, members));
        Set<String> mine = fields.computeIfAbsent(id, k -> new LinkedHashSet<>());
        Set<String> theirs = fields.remove(other);
        if (theirs != null) mine.addAll(theirs);
        mine.add("sources");
        return null;
    }

    /** The one event a correction names, or why there is none. */
    private record Target(String id, String problem) {
        static Target missing(String why) {
            return new Target(null, why);
        }
    }

    private static Target one(Map<String, Merged> events, String eventId, String document, String company) {
        if (eventId != null && !eventId.isBlank()) {
            return events.containsKey(eventId.trim()) ? new Target(eventId.trim(), null)
                    : Target.missing("correction_target_missing: no event " + eventId.trim() + " in this run's ledger");
        }
        List<String> ids = new ArrayList<>();
        for (Merged m : events.values()) {
            boolean reports = m.members().stream().anyMatch(n -> n.mention().file().equals(document.trim())
                    && (n.company().equalsIgnoreCase(company.trim()) || n.mention().company().trim().equalsIgnoreCase(company.trim())));
            if (reports) ids.add(m.event().eventId());
        }
        if (ids.isEmpty()) return Target.missing("correction_target_missing: no event of " + company.trim() + " in " + document.trim());
        if (ids.size() > 1) return Target.missing("correction_ambiguous: " + document.trim() + " reports " + ids.size()
                + " events of " + company.trim() + " " + ids + "; name one by event_id");
        return new Target(ids.get(0), null);
    }
}
