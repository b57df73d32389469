package io.roundup.extract;

import io.roundup.extract.CompanySpotter.NameSpan;
import io.roundup.extract.TriggerLexicon.Trigger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the rules remember while they read one document: the dates told so far, the event and company a later "it"
 * refers to, tickers and aliases the document gave, and the names, triggers and name kinds of its texts, which
 * depend on the text only and are asked for more than once.
 */
final class DocumentContext {
    final DateResolver dates;
    private final CompanySpotter spotter;
    /** The text the document's sentences come from, as the rules read it. */
    final String body;
    LocalDate anchor;
    Draft focus;
    /** The sentences read so far, for "这家公司" (this company): the organisation named last. */
    final List<String> readTexts = new ArrayList<>();
    /** The last sentence read when it told no event: the company it opens with may be "it" in the next. */
    String openingText;
    /** The company {@code openingFor} opens with, once asked. */
    String openingFor;
    String opening;
    /** {@link #lastNamed} as found when {@code readTexts} had this many sentences (it is asked for often). */
    int lastNamedAt = -1;
    String lastNamed;

    /** Names of the document with more than one word, for {@link CompanyNames#fullName}: built when first asked. */
    Set<String> fullNames;
    /** The paragraph of the sentence read last. */
    int paragraph = -1;
    final Map<String, ExchangeTicker.Ticker> tickers = new HashMap<>();
    final Map<String, String> aliases = new HashMap<>();
    ExchangeTicker.Ticker looseTicker;
    /** The company the last financing clause was about, even when it told too little to make an event. */
    String lastSubject;
    /** Companies whose IPO the document has told so far, as named there. */
    final Set<String> ipoCompanies = new HashSet<>();
    /** Every Chinese name the document spelled, to prefer the short form ("摩尔线程" over "摩尔线程智能科技"). */
    final Set<String> hanNames = new HashSet<>();
    /** Chinese legal names the document spelled ("深圳市云鲸智能科技有限公司"): reported with the trade name found. */
    final List<String> legalNames = new ArrayList<>();
    /** The first company named in the clauses of the sentence read so far (the topic of a Chinese clause chain). */
    String clauseTopic;
    /** Clauses of the sentence before the current one whose names were not needed yet: the topic may be in them. */
    final List<String> topicPending = new ArrayList<>();
    /** Surnames of the people the document introduced with a title: a surname alone is that person. */
    final Set<String> surnames = new HashSet<>();
    /** Whether every sentence of the document was scanned. */
    boolean scanned;

    private final Map<String, List<NameSpan>> names = new HashMap<>();
    private final Map<String, Map<Integer, NameKinds.Kind>> kinds = new HashMap<>();
    /** The document's Chinese names, longest first, once every sentence was scanned. */
    private List<String> documentNames;
    /** Names of texts once every sentence was scanned: with the document's Chinese names added. */
    private final Map<String, List<NameSpan>> namesWithDocument = new HashMap<>();
    private final Map<String, List<Trigger>> triggers = new HashMap<>();

    DocumentContext(DateResolver dates, CompanySpotter spotter, String body) {
        this.dates = dates;
        this.spotter = spotter;
        this.body = body;
    }

    /** The names of a text, found once per document. */
    List<NameSpan> names(String text) {
        Map<String, List<NameSpan>> cache = scanned ? namesWithDocument : names;
        List<NameSpan> n = cache.get(text);
        if (n == null) {
            // the spotter runs once per text; after the scan only the document's names are added
            List<NameSpan> found = scanned ? names.get(text) : null;
            if (found == null) found = spotter.find(text);
            if (scanned) found = withDocumentNames(text, found);
            n = Collections.unmodifiableList(found);
            cache.put(text, n);
        }
        return n;
    }

    /** Every name list found so far, before and after the scan. */
    List<List<NameSpan>> allNames() {
        List<List<NameSpan>> all = new ArrayList<>(names.values());
        all.addAll(namesWithDocument.values());
        return all;
    }

    /** Whether a text other than {@code sentence} names {@code name}. */
    boolean namedElsewhere(String name, String sentence) {
        for (Map<String, List<NameSpan>> cache : List.of(names, namesWithDocument)) {
            for (Map.Entry<String, List<NameSpan>> e : cache.entrySet()) {
                if (e.getKey().equals(sentence)) continue;
                for (NameSpan n : e.getValue()) if (n.text().equals(name)) return true;
            }
        }
        return false;
    }

    /**
     * A Chinese name the document established elsewhere (before a verb, with a stock code, as a legal or short name) is
     * a name wherever it stands: "认购零跑汽车约20%的股份" names the company though no verb follows it there.
     */
    private List<NameSpan> withDocumentNames(String text, List<NameSpan> found) {
        if (hanNames.isEmpty() || !Prefilter.hasCjk(text)) return found;
        if (documentNames == null) {
            documentNames = new ArrayList<>();
            for (String name : hanNames) if (name.length() >= 2 && !HanNames.isFragment(name)) documentNames.add(name);
            documentNames.sort(Comparator.comparingInt(String::length).reversed());
        }
        List<NameSpan> out = new ArrayList<>(found);
        for (String name : documentNames) {
            for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
                int s = i, e = i + name.length();
                boolean overlaps = false;
                for (NameSpan o : out) if (s < o.end() && o.start() < e) overlaps = true;
                if (!overlaps) out.add(new NameSpan(s, e, name, spotter.canonical(name), spotter.known(name)));
            }
        }
        if (out.size() == found.size()) return found;
        out.sort(Comparator.comparingInt(NameSpan::start));
        return out;
    }

    /** The triggers of a text, found once per document (a one-clause sentence is asked for twice). */
    List<Trigger> triggers(String text) {
        List<Trigger> t = triggers.get(text);
        if (t == null) {
            t = TriggerLexicon.find(text);
            Trigger dash = ListItems.trigger(text, t);
            if (dash != null) {
                t = new ArrayList<>(t);
                t.add(0, dash);
            }
            t = Collections.unmodifiableList(t);
            triggers.put(text, t);
        }
        return t;
    }

    /** The kind of a name in a clause, decided once per document (the same clause is asked about several times). */
    NameKinds.Kind kind(String clause, NameSpan n) {
        Map<Integer, NameKinds.Kind> byStart = kinds.computeIfAbsent(clause, c -> new HashMap<>());
        NameKinds.Kind k = byStart.get(n.start());
        if (k == null) {
            k = NameKinds.of(clause, n);
            if (k == NameKinds.Kind.ORGANISATION && !n.known() && surnames.contains(n.text())) k = NameKinds.Kind.PERSON;
            byStart.put(n.start(), k);
        }
        return k;
    }

    /** The name a bracket alias of the document stands for ("Knowledge Atlas" for "Zhipu (Knowledge Atlas)"). */
    String resolveAlias(String name) {
        return aliases.getOrDefault(CompanyNames.key(name), name);
    }
}
