package io.roundup.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import io.roundup.domain.Article;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DatesTest {

    static final LocalDate JAN9 = LocalDate.of(2026, 1, 9);

    private static LocalDate published(String head, String body) {
        Article a = new ArticleReader().readHtml("d.html", ArticleReaderTest.page(head, body)).value();
        return a.published();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<meta property='article:published_time' content='2026-01-09T08:30:00Z'>",
            "<meta property='og:published_time' content='2026-01-09'>",
            "<meta name='date' content='2026-01-09'>",
            "<meta name='pubdate' content='20260109'>",
            "<meta name='publishdate' content='2026-01-09 10:00:00'>",
            "<meta name='DC.date.issued' content='2026-01-09'>",
            "<meta name='parsely-pub-date' content='2026-01-09T02:00:00Z'>",
            "<meta name='sailthru.date' content='Fri, 09 Jan 2026 10:00:00 -0500'>",
            "<meta itemprop='datePublished' content='2026-01-09T02:00:00Z'>"})
    void metaTags(String meta) {
        assertEquals(JAN9, published(meta, ""));
    }

    @Test
    void metaWinsOverModifiedAndText() {
        assertEquals(JAN9, published("<meta property='article:modified_time' content='2026-02-01'>"
                + "<meta property='article:published_time' content='2026-01-09'>", "<p>March 3, 2025</p>"));
    }

    @Test
    void jsonLdPlain() {
        assertEquals(JAN9, published("<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"dateModified\":\"2026-01-12T00:00:00Z\",\"datePublished\":\"2026-01-09T00:00:00Z\"}</script>", ""));
    }

    @Test
    void jsonLdGraphAndArray() {
        assertEquals(JAN9, published("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"x\"},{\"@type\":\"NewsArticle\","
                + "\"dateModified\":\"2026-01-15\",\"datePublished\":\"2026-01-09T08:00:00+08:00\"}]}</script>", ""));
        assertEquals(JAN9, published("<script type=\"application/ld+json\">[{\"@type\":\"BreadcrumbList\"},"
                + "{\"@type\":\"Article\",\"datePublished\": \"2026-01-09\"}]</script>", ""));
    }

    @Test
    void jsonLdModifiedOnlyIsNotTaken() {
        assertNull(published("<script type='application/ld+json'>{\"dateModified\":\"2026-01-12\"}</script>", ""));
    }

    @Test
    void timeElementInArticle() {
        assertEquals(JAN9, published("", "<header><time datetime='2026-01-09T10:00'>Friday</time></header>"));
    }

    @Test
    void timeInSidebarListIsNotTheArticleDate() {
        assertEquals(JAN9, published("", "<aside><ul><li><time datetime='2025-12-01'>Dec 1</time> Older story</li></ul></aside>"
                + "<header><time datetime='2026-01-09T10:00'>Jan 9</time></header>"));
    }

    @Test
    void updatedTimeIsNotTaken() {
        assertEquals(JAN9, published("", "<header><span>Updated</span> <time datetime='2026-01-12T10:00'>Jan 12</time>"
                + " <time class='published' datetime='2026-01-09T10:00'>Jan 9</time></header>"));
        assertEquals(JAN9, published("", "<header><time class='updated' datetime='2026-01-12T10:00'>Jan 12</time>"
                + "<p>January 9, 2026</p></header>"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "January 9, 2026",
            "9 January 2026",
            "2026-01-09",
            "01/09 2026",
            "01/09/2026",
            "Jan. 9, 2026",
            "Jan 9th, 2026",
            "Fri 9th Jan 2026 10.42 GMT",
            "2026年1月9日",
            "2026 年 1 月 9 日 10:00",
            "9. Januar 2026",
            "09.01.2026",
            "By Jane Roe, January 9, 2026 at 10:00 a.m.",
            "Published January 9, 2026 · Updated January 10, 2026",
            "Updated January 10, 2026 · Published January 9, 2026"})
    void datelines(String line) {
        assertEquals(JAN9, Dates.find(line));
    }

    @Test
    void datelineInPage() {
        assertEquals(JAN9, published("", "<div class='dateline'>Jan. 9, 2026</div>"));
    }

    @Test
    void updatedDatelineAloneIsNotPublication() {
        assertNull(Dates.find("Updated January 10, 2026"));
        assertNull(Dates.find("Last modified: 2026-01-10"));
        assertNull(Dates.find("Aktualisiert am 10. Januar 2026"));
    }

    @Test
    void noDate() {
        assertNull(published("", ""));
        assertNull(Dates.find("Series C of $300 million at 12/45 valuation"));
        assertNull(Dates.parse("yesterday"));
        assertNull(Dates.find("February 30, 2026"));
    }

    @Test
    void isoValueKeepsTheWrittenDay() {
        assertEquals(JAN9, Dates.parse("2026-01-09T23:30:00-05:00"));
        assertEquals(JAN9, Dates.fromHtml(Jsoup.parse("<meta name='date' content='2026-01-09'>")));
    }
}
