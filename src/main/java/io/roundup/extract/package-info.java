/**
 * Funding-event extraction from article text, plain Java (no Spring).
 *
 * <p>{@link io.roundup.extract.EventExtractor} is the entry point: {@code new EventExtractor(registry)
 * .extract(article)} gives one {@link io.roundup.domain.Mention} per funding round, IPO or acquisition
 * the article tells. It is built from small rule sets, each tested on its own:
 * <ul>
 *   <li>{@link io.roundup.extract.SentenceSplitter}: paragraphs and sentences (abbreviations, decimals, Chinese stops,
 *       German "Mrd.", "Mio." and ordinal days such as "9. September");</li>
 *   <li>{@link io.roundup.extract.AmountParser}: money expressions in English and Chinese forms, with
 *       {@code GermanAmounts} (decimal comma, "Mrd.", "Millionen", "US-Dollar"), {@code NumberWords} ("ten billion
 *       dollars", "zwei Milliarden Euro", "两亿美元") and {@code Ranges} (a range is not an amount);</li>
 *   <li>{@link io.roundup.extract.AmountRoles}: what a figure is (amount, post/pre-money, offer price, or not an event amount);</li>
 *   <li>{@link io.roundup.extract.DateResolver}: absolute and relative days against the publication date;</li>
 *   <li>{@link io.roundup.extract.StatusLexicon}: completed / announced / planned / in talks / reported, negation, speculation;</li>
 *   <li>{@link io.roundup.extract.CompanySpotter}: registry names plus name heuristics for unknown companies (Chinese
 *       names before 完成/宣布/获得…, legal names reduced to the trade name, {@code GermanNouns} telling capitalised
 *       German nouns and descriptors from names);</li>
 *   <li>{@link io.roundup.extract.TriggerLexicon}: words that make a clause an event, and round labels ({@code RoundLabels},
 *       extensions included);</li>
 *   <li>{@link io.roundup.extract.InvestorExtractor}: lead investors and investor lists;</li>
 *   <li>{@link io.roundup.extract.ExchangeTicker}: exchanges and tickers, normalised;</li>
 *   <li>{@code DocumentScan} reads tickers, aliases and Chinese legal names of the whole document first;
 *       {@code EventAssembler} then builds events sentence by sentence and clause by clause ({@code Clauses}): each
 *       trigger gets its company ({@code Subjects}, {@code Referents} for "it" and "这家公司", {@code AcquisitionRule},
 *       {@code InvestmentRule}), the clause is cut into one segment per company and each segment's figures, date,
 *       status and leads make that company's event ({@code SegmentDraft}); a clause without an event adds details to
 *       the last one ({@code FocusDetails}). {@code DocumentContext} holds what is remembered while a document is read,
 *       {@code CompanyNames} how names of one company are compared and reported, and {@code MentionMerger} joins the
 *       same event told twice;</li>
 *   <li>{@code GuardedPattern}: a rule's pattern together with its speed shortcuts, a {@link io.roundup.extract.Guard}
 *       (the words or script without which it cannot match: most sentences of a news page tell no event) and where it
 *       need be tried; {@code Prefilter} has their scans and the one switch that turns them all off, with which
 *       {@code PrefilterTest} runs every guarded pattern and rule with and without them.</li>
 * </ul>
 * Conventions follow {@code shared/eval/README.md}. Text in English, Chinese and German is read; the language is
 * not given to the rules, each rule recognises its own language's words.
 */
package io.roundup.extract;
