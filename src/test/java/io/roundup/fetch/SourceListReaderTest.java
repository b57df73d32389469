package io.roundup.fetch;

import io.roundup.domain.Parsed;
import io.roundup.domain.Reject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourceListReaderTest {

    record Result(List<Source> sources, List<Reject> rejects) {
    }

    static Result read(String text) throws IOException {
        List<Source> ok = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        try (SourceListReader r = new SourceListReader(new StringReader(text), "sources.csv")) {
            for (Parsed<Source> p; (p = r.next()) != null; ) {
                if (p.isOk()) ok.add(p.value());
                else rejects.add(p.reject());
            }
        }
        return new Result(ok, rejects);
    }

    @Test
    void readsFeedsAndArticlesSkippingCommentsAndBlankLines() throws IOException {
        Result r = read("""
                # news sources for roundup
                url,kind

                https://news.example/feed.xml,feed
                  # an indented comment
                HTTPS://News.Example/2026/01/a.html#comments, Article
                "https://news.example/b?x=1,2",article
                """);
        assertThat(r.rejects()).isEmpty();
        assertThat(r.sources()).containsExactly(
                new Source("https://news.example/feed.xml", Source.Kind.FEED),
                new Source("https://news.example/2026/01/a.html", Source.Kind.ARTICLE),
                new Source("https://news.example/b?x=1,2", Source.Kind.ARTICLE));
    }

    @Test
    void columnsInAnyOrderAndCrlf() throws IOException {
        Result r = read("kind,url\r\nfeed,http://a.example/rss\r\n");
        assertThat(r.sources()).containsExactly(new Source("http://a.example/rss", Source.Kind.FEED));
    }

    @Test
    void badRowsAreRejectedWithTheirPhysicalLine() throws IOException {
        Result r = read("""
                url,kind
                https://ok.example/a,article
                ftp://files.example/x,article
                https://ok.example/b,podcast
                not a url,feed
                https://ok.example/c,article,extra
                https://ok.example/a,article
                /relative,article
                ,feed
                "https://ok.example/unterminated,article
                """);
        assertThat(r.sources()).extracting(Source::url).containsExactly("https://ok.example/a");
        assertThat(r.rejects()).extracting(Reject::line).containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(r.rejects()).extracting(x -> x.reason().split(":")[0]).containsExactly("bad_scheme", "bad_kind",
                "bad_url", "bad_row", "duplicate_url", "bad_url", "missing_field", "bad_row");
        assertThat(r.rejects().get(4).reason()).isEqualTo("duplicate_url: already listed on line 2");
        assertThat(r.rejects().get(1).raw()).isEqualTo("https://ok.example/b,podcast");
        assertThat(r.rejects()).allMatch(x -> x.source().equals("sources.csv"));
    }

    @Test
    void aMissingHeaderIsAnError() {
        assertThatThrownBy(() -> read("https://a.example/,feed\n")).isInstanceOf(IOException.class)
                .hasMessageContaining("line 1").hasMessageContaining("url,kind");
    }

    @Test
    void anEmptyFileOrAHeaderAloneListsNothing() throws IOException {
        assertThat(read("").sources()).isEmpty();
        assertThat(read("url,kind\n").sources()).isEmpty();
    }

    @Test
    void theSampleInputNeedsNoNetwork() throws IOException {
        Path sample = Path.of("input/sources.csv");
        assertThat(sample).exists();
        Result r = read(Files.readString(sample));
        assertThat(r.sources()).isEmpty();
        assertThat(r.rejects()).isEmpty();
    }

    @Test
    void marketDataKindsAndPriceTemplates() throws IOException {
        Result r = read("""
                url,kind
                https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml,fx
                https://Prices.Example/q/d/l/?s={symbol}&i=d,PRICES
                https://ipo.example/listings.csv,listings
                https://ipo.example/{symbol}.csv,listings
                https://{symbol}.example/x.csv,prices
                """);
        assertThat(r.sources()).containsExactly(
                new Source("https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml", Source.Kind.FX),
                new Source("https://prices.example/q/d/l/?s={symbol}&i=d", Source.Kind.PRICES),
                new Source("https://ipo.example/listings.csv", Source.Kind.LISTINGS));
        assertThat(r.sources().get(1).isTemplate()).isTrue();
        assertThat(r.rejects()).extracting(Reject::reason).containsExactly(
                "bad_url: only a prices URL may hold {symbol}",
                "bad_url: {symbol} may stand in the path or query only");
        assertThat(DataTarget.expand(r.sources(), List.of("NVDA", "0700.HK", "A B"))).extracting(DataTarget::url).containsExactly(
                "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml",
                "https://prices.example/q/d/l/?s=0700.HK&i=d", "https://prices.example/q/d/l/?s=A%20B&i=d",
                "https://prices.example/q/d/l/?s=NVDA&i=d", "https://ipo.example/listings.csv");
    }
}
