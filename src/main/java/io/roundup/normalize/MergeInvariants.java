package io.roundup.normalize;

import io.roundup.normalize.EventMerger.Merged;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What must hold after every merge whatever the input says; a violation is a bug of the job, not a
 * doubtful row, so it fails the run: every mention lands in exactly one event (the events rebuilt
 * from the mentions lose none and invent none), and every event has a source.
 */
public final class MergeInvariants {

    private MergeInvariants() {
    }

    public static List<String> violations(List<NormalizedMention> mentions, List<Merged> merged) {
        Map<String, Integer> count = new HashMap<>();
        List<String> out = new ArrayList<>();
        for (Merged m : merged) {
            if (m.members().isEmpty() || m.event().sources().isEmpty()) out.add(m.event().eventId() + " (" + m.event().company() + "): no source");
            for (NormalizedMention n : m.members()) count.merge(key(n), 1, Integer::sum);
        }
        for (NormalizedMention n : mentions) {
            Integer c = count.remove(key(n));
            if (c == null) out.add("mention " + key(n) + " (" + n.company() + ") is in no event");
            else if (c > 1) out.add("mention " + key(n) + " (" + n.company() + ") is in " + c + " events");
        }
        count.keySet().stream().sorted().forEach(k -> out.add("event member " + k + " is not one of the mentions"));
        return out;
    }

    private static String key(NormalizedMention n) {
        return n.mention().file() + "#" + n.seq();
    }
}
