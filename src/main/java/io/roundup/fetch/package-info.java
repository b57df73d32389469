/**
 * Fetching news from the web, politely and safely: plain Java (Apache HttpClient 5 with our own
 * DNS resolver, the JDK XML parser, jsoup for feed titles, crawler-commons for robots.txt), no Spring.
 * <ul>
 * <li>{@link io.roundup.fetch.SourceListReader} reads {@code input/sources.csv} ({@code url,kind});</li>
 * <li>{@link io.roundup.fetch.PoliteFetcher} does one GET the careful way (robots.txt, rate limit,
 * timeouts, retries, size limit, redirects, address checks, conditional GET);</li>
 * <li>{@link io.roundup.fetch.FeedParser} reads RSS/Atom without ever resolving an entity;</li>
 * <li>{@link io.roundup.fetch.NewsFetcher} runs the list: feeds, their articles, listed articles,
 * raw bodies under a folder named {@code <sha256>.<ext>}, history in a
 * {@link io.roundup.fetch.FetchHistory} ({@code io.roundup.store.FetchStore} over JDBC,
 * {@link io.roundup.fetch.InMemoryFetchHistory} for tests).</li>
 * </ul>
 * Wiring, as a job step would do it:
 * <pre>{@code
 * List<Source> sources = ...; // SourceListReader over input/sources.csv; its rejects go to the rejects table
 * PoliteFetcher http = new PoliteFetcher(FetchConfig.defaults("https://github.com/you/roundup"));
 * NewsFetcher news = new NewsFetcher(http, new FetchStore(jdbc), output.resolve("raw"));
 * for (FetchOutcome o : news.fetchAll(sources)) {
 *     if (o.isNew() && o.kind() == Source.Kind.ARTICLE) read(o.rawFile(), o.url(), o.entry());
 *     else if (o.reject() != null) rejects.add(o.reject());
 * }
 * }</pre>
 */
package io.roundup.fetch;
