package io.roundup.extract;

import io.roundup.company.CompanyRegistry;
import io.roundup.domain.Article;
import io.roundup.domain.EventType;
import io.roundup.domain.Mention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one article into the funding events it tells: rounds, IPOs and acquisitions, one
 * {@link Mention} per real-world event. Sentences are read in order (so "the following day" and
 * "the company" refer back), events are built clause by clause from small rule sets
 * ({@link TriggerLexicon}, {@link CompanySpotter}, {@link AmountParser} with {@link AmountRoles},
 * {@link DateResolver}, {@link StatusLexicon}, {@link InvestorExtractor}, {@link ExchangeTicker})
 * and the same event told in several sentences is merged ({@link MentionMerger}).
 */
public final class EventExtractor {

    private final CompanySpotter spotter;
    
    public EventExtractor(CompanyRegistry registry) {
        this.spotter = new CompanySpotter(registry == null ? CompanyRegistry.empty() : registry);
    }

    private static final java.util.regex.Pattern BARE_DATE = java.util.regex.Pattern.compile(
            "\\d{4}\\s?年\\s?\\d{1,2}\\s?月\\s?\\d{1,2}\\s?[日号]|\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{1,2}\\.\\s?\\p{L}+\\.?\\s\\d{4}|\\d{4}-\\d{2}-\\d{2}");

    /** The sentences as the rules read them, and in {@code traditional} the character each simplified one stood for. */
    private static List<SentenceSplitter.Sentence> simplified(List<SentenceSplitter.Sentence> sentences, Map<Character, Character> traditional) {
        List<SentenceSplitter.Sentence> out = new ArrayList<>(sentences.size());
        for (SentenceSplitter.Sentence s : sentences) {
            String t = Simplified.of(s.text());
            if (t == s.text()) {
                out.add(s);
                continue;
            }
            for (int i = 0; i < t.length(); i++) if (t.charAt(i) != s.text().charAt(i)) traditional.putIfAbsent(t.charAt(i), s.text().charAt(i));
            out.add(new SentenceSplitter.Sentence(t, s.paragraph(), s.index()));
        }
        return out;
    }

    private static String asWritten(String name, Map<Character, Character> traditional) {
        if (name == null) return null;
        char[] c = name.toCharArray();
        for (int i = 0; i < c.length; i++) c[i] = traditional.getOrDefault(c[i], c[i]);
        return new String(c);
    }

    public List<Mention> extract(Article article) {
        List<Mention> out = new ArrayList<>();
        if (article == null || article.body() == null || article.body().isBlank()) return out;
        String body = ScrapedText.clean(article.body());
        // rows of a text table are rounds of their own; the prose is read without them
        List<Draft> tableRows = List.of();
        if (body.indexOf('|') >= 0 || body.contains("   ")) {
            StringBuilder prose = new StringBuilder(body.length());
            tableRows = TableRows.read(body, prose);
            body = prose.toString();
        }
        List<SentenceSplitter.Sentence> sentences = SentenceSplitter.split(body);
        LocalDate published = article.published();
        if (published == null && !sentences.isEmpty()) {
            // no date from the page: a dateline ("BEIJING, July 26, 2024 —") tells the day of publication
            java.util.regex.Matcher dl = Clauses.DATELINE.matcher(sentences.get(0).text());
            if (dl.find()) published = new DateResolver(null).resolve(dl.group(), null, false);
            // a first line that is only a date ("2026年1月9日", "07.11.2023") is the day of publication
            String first = sentences.get(0).text().trim();
            if (published == null && first.length() <= 20 && BARE_DATE.matcher(first).matches()) {
                published = new DateResolver(null).resolve(first, null, false);
            }
        }
        DocumentContext ctx = new DocumentContext(new DateResolver(published), spotter, body);
        // the rules read traditional Chinese as simplified; what is reported is written as the page writes it
        Map<Character, Character> traditional = new HashMap<>();
        List<SentenceSplitter.Sentence> read = simplified(sentences, traditional);
        for (SentenceSplitter.Sentence s : read) DocumentScan.scan(s.text(), ctx);
        List<Draft> drafts = new ArrayList<>();
        for (SentenceSplitter.Sentence s : read) drafts.addAll(EventAssembler.assemble(s, ctx));
        for (Draft d : tableRows) d.sentence = -1;
        drafts.addAll(tableRows);
        List<Draft> merged = MentionMerger.merge(drafts);
        for (Draft d : merged) {
            // names are merged as the rules found them, then given the forms the document spells
            d.company = CompanyNames.fullName(CompanyNames.shortHanName(d.company, ctx), ctx);
            if (d.company.indexOf(' ') < 0) d.company = CompanyNames.withLegalName(d.company, ctx);
            if (traditional.isEmpty()) continue;
            if (d.sentence >= 0) d.evidence = sentences.get(d.sentence).text();
            d.company = asWritten(d.company, traditional);
            d.leads.replaceAll(l -> asWritten(l, traditional));
        }
        long ipos = merged.stream().filter(d -> d.type == EventType.IPO).map(d -> CompanyNames.key(d.company)).distinct().count();
        for (Draft d : merged) {
            if (d.type == EventType.IPO && d.ticker == null && ipos == 1 && ctx.looseTicker != null) {
                d.ticker = ctx.looseTicker.code();
                if (d.exchange == null) d.exchange = ctx.looseTicker.exchange();
            }
            if (d.type == EventType.IPO) {
                if (d.exchange == null && d.amount != null && "HKD".equals(d.amount.currencyCode())) d.exchange = "HKEX";
                if (d.exchange == null && d.offerPrice != null && "HKD".equals(d.offerPrice.currencyCode())) d.exchange = "HKEX";
            }
            out.add(d.toMention(article.file()));
        }
        return out;
    }
}
