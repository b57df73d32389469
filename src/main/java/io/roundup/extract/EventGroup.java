package io.roundup.extract;

import io.roundup.domain.EventType;
import io.roundup.domain.Money;
import io.roundup.extract.TriggerLexicon.Trigger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The triggers of one clause that tell one company's event of one kind, with where the company is named
 * ({@code anchor}: the clause is cut there into one segment per company), the acquirers or investors the
 * triggers named and amounts a rule fixed already ("invested $2bn in X").
 */
record EventGroup(String company, EventType type, int anchor, List<Trigger> triggers, List<String> acquirers,
                  List<Money> forced) {

    /** The group of {@code company}'s event of {@code type} in {@code groups}, added at {@code anchor} if new. */
    static EventGroup in(Map<String, EventGroup> groups, String company, EventType type, int anchor) {
        return groups.computeIfAbsent(CompanyNames.key(company) + "|" + type,
                k -> new EventGroup(company, type, anchor, new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
    }

    boolean hasSpecificTrigger() {
        return triggers.stream().anyMatch(t -> t.kind() != TriggerLexicon.Kind.GENERIC);
    }
}
