package io.roundup.extract;

import io.roundup.company.CompanyRegistry;
import io.roundup.domain.Article;
import io.roundup.domain.EventType;
import io.roundup.domain.Mention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
    private final EventAssembler assembler;

    public EventExtractor(CompanyRegistry registry) {
        this.spotter = new CompanySpotter(registry == null ? CompanyRegistry.empty() : registry);
        this.assembler = new EventAssembler(spotter);
    }

    private static final java.util.regex.Pattern BARE_DATE = java.util.regex.Pattern.compile(
            "\\d{4}\\s?年\\s?\\d{1,2}\\s?月\\s?\\d{1,2}\\s?[日号]|\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{1,2}\\.\\s?\\p{L}+\\.?\\s\\d{4}|\\d{4}-\\d{2}-\\d{2}");

    public List<Mention> extract(Article article) {
        List<Mention> out = new ArrayList<>();
        if (article == null || article.body() == null || article.body().isBlank()) return out;
        List<SentenceSplitter.Sentence> sentences = SentenceSplitter.split(ScrapedText.clean(article.body()));
        LocalDate published = article.published();
        if (published == null && !sentences.isEmpty()) {
            // no date from the page: a dateline ("BEIJING, July 26, 2024 —") tells the day of publication
            java.util.regex.Matcher dl = EventAssembler.DATELINE.matcher(sentences.get(0).text());
            if (dl.find()) published = new DateResolver(null).resolve(dl.group(), null, false);
            // a first line that is only a date ("2026年1月9日", "07.11.2023") is the day of publication
            String first = sentences.get(0).text().trim();
            if (published == null && first.length() <= 20 && BARE_DATE.matcher(first).matches()) {
                published = new DateResolver(null).resolve(first, null, false);
            }
        }
        EventAssembler.Context ctx = new EventAssembler.Context(new DateResolver(published));
        for (SentenceSplitter.Sentence s : sentences) assembler.scan(s.text(), ctx);
        List<Draft> drafts = new ArrayList<>();
        for (SentenceSplitter.Sentence s : sentences) drafts.addAll(assembler.assemble(s, ctx));
        for (Draft d : drafts) d.company = EventAssembler.shortHanName(d.company, ctx);
        List<Draft> merged = MentionMerger.merge(drafts);
        long ipos = merged.stream().filter(d -> d.type == EventType.IPO).map(d -> EventAssembler.key(d.company)).distinct().count();
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
