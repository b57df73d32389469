package io.roundup.fetch;

import io.roundup.domain.Parsed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class FeedParserTest {

    static byte[] resource(String name) throws IOException {
        try (InputStream in = FeedParserTest.class.getResourceAsStream("/fetch/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    static List<FeedEntry> entries(byte[] xml, String url) {
        Parsed<List<FeedEntry>> p = FeedParser.parse(xml, url);
        assertThat(p.reject()).isNull();
        return p.value();
    }

    static String rejectReason(String xml) {
        Parsed<List<FeedEntry>> p = FeedParser.parse(xml.getBytes(StandardCharsets.UTF_8), "https://feed.example/f");
        assertThat(p.isOk()).as("should be rejected").isFalse();
        assertThat(p.reject().source()).isEqualTo("https://feed.example/f");
        assertThat(p.reject().line()).isZero();
        return p.reject().reason();
    }

    @Test
    void readsRss2() throws IOException {
        List<FeedEntry> e = entries(resource("rss2.xml"), "https://news.example/feed.xml");
        assertThat(e).containsExactly(
                new FeedEntry("https://news.example/2026/01/zhipu-ipo.html", "Zhipu lists in Hong Kong",
                        OffsetDateTime.parse("2026-01-08T09:30:00+08:00")),
                new FeedEntry("https://news.example/2026/01/minimax.html?utm_source=rss", "MiniMax raises & lists",
                        OffsetDateTime.parse("2026-01-09T10:00:00Z")),
                new FeedEntry("https://news.example/2026/01/guid-only.html", "Only a guid",
                        OffsetDateTime.parse("2026-01-10T08:00:00Z")));
    }

    @Test
    void readsAtomWithXmlBase() throws IOException {
        List<FeedEntry> e = entries(resource("atom.xml"), "https://atom.example/feed.atom");
        assertThat(e).containsExactly(
                new FeedEntry("https://atom.example/blog/posts/moonshot.html", "Moonshot AI closes a round",
                        OffsetDateTime.parse("2026-01-11T07:00:00+08:00")),
                new FeedEntry("https://atom.example/other/updated-only", "Updated only",
                        OffsetDateTime.parse("2026-01-12T10:00:00Z")),
                new FeedEntry("https://atom.example/by-id", "Id is the link", null),
                new FeedEntry("https://elsewhere.example/x/y.html", "Relative to the entry base", null));
    }

    @Test
    void readsRss1Rdf() throws IOException {
        assertThat(entries(resource("rss1.rdf"), "https://rdf.example/index.rdf")).containsExactly(
                new FeedEntry("https://rdf.example/a", "First", OffsetDateTime.parse("2026-01-05T00:00:00Z")));
    }

    @Test
    void toleratesLeadingWhitespaceAndOtherEncodings() {
        byte[] latin1 = ("\n  <?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><item>"
                + "<title>Caf\u00e9 fund</title><link>https://x.example/a</link></item></channel></rss>")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(entries(latin1, "https://x.example/f")).extracting(FeedEntry::title).containsExactly("Caf\u00e9 fund");
    }

    @Test
    void anEmptyFeedIsFineAndHasNoEntries() {
        assertThat(entries("<rss version=\"2.0\"><channel><title>t</title></channel></rss>".getBytes(StandardCharsets.UTF_8),
                "https://x.example/f")).isEmpty();
    }

    @Test
    void brokenDocumentsAreRejectsNotExceptions() {
        assertThat(rejectReason("<rss version=\"2.0\"><channel><item><title>cut off")).startsWith("bad_feed: ");
        assertThat(rejectReason("")).startsWith("bad_feed: ");
        assertThat(rejectReason("this is not xml at all")).startsWith("bad_feed: ");
        assertThat(rejectReason("<html><body><p>a web page</p></body></html>"))
                .isEqualTo("bad_feed: not an RSS or Atom feed (root element <html>)");
    }

    @Test
    void externalEntitiesAreNeverResolved() throws IOException {
        Parsed<List<FeedEntry>> p = FeedParser.parse(resource("xxe-file.xml"), "https://evil.example/feed");
        assertThat(p.isOk()).isFalse();
        assertThat(p.reject().reason()).startsWith("bad_feed: DOCTYPE is not allowed");
        assertThat(p.reject().toString()).doesNotContain("root:");
    }

    @Test
    void anEntityExpansionBombIsRejectedAtOnce() throws IOException {
        long t0 = System.nanoTime();
        Parsed<List<FeedEntry>> p = FeedParser.parse(resource("billion-laughs.xml"), "https://evil.example/feed");
        assertThat(p.isOk()).isFalse();
        assertThat(System.nanoTime() - t0).isLessThan(2_000_000_000L);
    }

    @Test
    void noExternalDtdParameterEntityOrXIncludeIsFetched() throws IOException {
        try (TestServer server = new TestServer()) {
            server.page("/evil.dtd", 200, "application/xml-dtd", "<!ENTITY leak 'leaked'>");
            server.page("/x", 200, "text/plain", "leaked");
            String dtd = "<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"" + server.url("/evil.dtd") + "\">"
                    + "<rss version=\"2.0\"><channel><title>&leak;</title></channel></rss>";
            String param = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY % ext SYSTEM \"" + server.url("/evil.dtd")
                    + "\"> %ext;]><rss version=\"2.0\"><channel/></rss>";
            String general = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY e SYSTEM \"" + server.url("/x")
                    + "\">]><rss version=\"2.0\"><channel><item><title>&e;</title><link>https://a.example/</link></item></channel></rss>";
            assertThat(rejectReason(dtd)).contains("DOCTYPE");
            assertThat(rejectReason(param)).contains("DOCTYPE");
            assertThat(rejectReason(general)).contains("DOCTYPE");
            String xinclude = "<rss version=\"2.0\" xmlns:xi=\"http://www.w3.org/2001/XInclude\"><channel><item>"
                    + "<title><xi:include href=\"" + server.url("/x") + "\" parse=\"text\"/></title>"
                    + "<link>https://a.example/</link></item></channel></rss>";
            List<FeedEntry> e = entries(xinclude.getBytes(StandardCharsets.UTF_8), "https://a.example/f");
            assertThat(e).containsExactly(new FeedEntry("https://a.example/", null, null));
            assertThat(server.requests).as("the parser contacted nobody").isEmpty();
        }
    }

    @Test
    void aDeeplyNestedDocumentIsRejected() {
        String deep = "<rss version=\"2.0\"><channel>" + "<x>".repeat(100_000) + "</x>".repeat(100_000) + "</channel></rss>";
        assertThat(rejectReason(deep)).startsWith("bad_feed: ");
    }

    @Test
    void readsTheDateFormatsFeedsUse() {
        assertThat(FeedParser.parseDate("Thu, 08 Jan 2026 09:30:00 +0800")).isEqualTo(OffsetDateTime.parse("2026-01-08T09:30:00+08:00"));
        assertThat(FeedParser.parseDate("8 Jan 2026 09:30 GMT")).isEqualTo(OffsetDateTime.parse("2026-01-08T09:30:00Z"));
        assertThat(FeedParser.parseDate("Thu, 08 Jan 26 09:30:00 EST")).isEqualTo(OffsetDateTime.parse("2026-01-08T09:30:00-05:00"));
        assertThat(FeedParser.parseDate("Thursday, 08 January 2026 09:30:00 +05:30")).isEqualTo(OffsetDateTime.parse("2026-01-08T09:30:00+05:30"));
        assertThat(FeedParser.parseDate("2026-01-08T09:30:00.123+01:00")).isEqualTo(OffsetDateTime.parse("2026-01-08T09:30:00.123+01:00"));
        assertThat(FeedParser.parseDate("2026-01-08T09:30:00")).isEqualTo(OffsetDateTime.parse("2026-01-08T09:30:00Z"));
        assertThat(FeedParser.parseDate("2026-01-08")).isEqualTo(OffsetDateTime.parse("2026-01-08T00:00:00Z"));
        assertThat(FeedParser.parseDate("yesterday")).isNull();
        assertThat(FeedParser.parseDate("Thu, 32 Jan 2026 09:30:00 GMT")).isNull();
        assertThat(FeedParser.parseDate(null)).isNull();
    }
}
