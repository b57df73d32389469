package io.roundup.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;

import io.roundup.domain.Article;
import io.roundup.domain.Parsed;
import org.junit.jupiter.api.Test;

class ArticleReaderTest {

    private final ArticleReader reader = new ArticleReader();

    static final String PARAS = "<p>Acme AI, a Beijing-based developer of large language models, said on Friday it had raised "
            + "$300 million in a Series C round led by Sequoia China, valuing it at $3 billion.</p>"
            + "<p>The round brings the total raised by the four-year-old company to more than $500 million, according "
            + "to a statement, and will be used to buy computing power and hire researchers.</p>"
            + "<p>Chinese model makers have been racing to raise money as competition with U.S. rivals intensifies, with "
            + "several of them preparing listings in Hong Kong this year.</p>";

    static String page(String head, String bodyTop) {
        return "<html><head>" + head + "</head><body>" + bodyTop + "<article><h1>Acme AI raises $300 million</h1>"
                + PARAS + "</article></body></html>";
    }

    private Article ok(Parsed<Article> p) {
        assertTrue(p.isOk(), () -> "rejected: " + p.reject());
        return p.value();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ArticleReaderTest.class.getResourceAsStream("/news/" + name)) {
            assertNotNull(in, name);
            return in.readAllBytes();
        }
    }

    @Test
    void readsFullPageWithoutBoilerplate() throws IOException {
        Article a = ok(reader.read("article.html", resource("article.html")));
        assertEquals("article.html", a.file());
        assertEquals("Acme AI raises $300 million in Series C", a.title());
        assertEquals(LocalDate.of(2026, 1, 9), a.published());
        assertEquals("en", a.language());
        String body = a.body();
        assertTrue(body.startsWith("Acme AI, a Beijing-based developer"), body);
        assertTrue(body.contains("Competition heats up"), "subheading kept: " + body);
        assertTrue(body.endsWith("a possible listing in 2027."), body);
        assertFalse(body.contains("$5 billion"), "related box, newsletter, comments, most read, footer leaked: " + body);
        assertFalse(body.contains("Acme AI raises $300 million in Series C"), "headline in body: " + body);
        for (String junk : new String[] {"cookies", "Share on", "Advertisement", "Jane Roe", "Photo:", "Most read", "Markets"}) {
            assertFalse(body.contains(junk), junk + " leaked: " + body);
        }
        assertEquals(5, body.split("\n\n").length, body);
    }

    @Test
    void paragraphsAreSeparatedByOneBlankLine() {
        Article a = ok(reader.readHtml("p.html", page("", "")));
        assertEquals(3, a.body().split("\n\n").length);
        assertFalse(a.body().contains("\n\n\n"));
        assertFalse(a.body().contains("<p>"));
    }

    @Test
    void headlineIsNotInBody() {
        Article a = ok(reader.readHtml("h.html", page("<title>Acme AI raises $300 million - Tech Ledger</title>", "")));
        assertEquals("Acme AI raises $300 million", a.title());
        assertFalse(a.body().contains("Acme AI raises $300 million"), a.body());
    }

    @Test
    void headlineInOtherWordsIsNotInBody() {
        String html = "<html><head><title>Acme AI raises $300 million | Tech Ledger</title></head><body>"
                + "<div class='story'><div class='story-title'>Acme AI raises $300 million, valued at $3 billion</div>"
                + "<div class='story-body'>" + PARAS + "</div></div></body></html>";
        Article a = ok(reader.readHtml("t.html", html));
        assertEquals("Acme AI raises $300 million", a.title());
        assertTrue(a.body().startsWith("Acme AI, a Beijing-based developer"), a.body());
    }

    @Test
    void looseTextWithBreaksIsRead() {
        String html = "<html><body><div class='menu'><a href='/'>Home</a> <a href='/a'>About</a></div>"
                + "<div class='post-body'>First paragraph of the story, which tells how Acme AI raised its money from "
                + "several investors, and why it matters.<br><br>Second paragraph, with more detail about the "
                + "round, the investors, the valuation and the plans of the company for the next two years."
                + "<br><br>Third paragraph: the company said it would hire two hundred engineers in Shanghai.</div>"
                + "</body></html>";
        Article a = ok(reader.readHtml("br.html", html));
        assertEquals(3, a.body().split("\n\n").length, a.body());
        assertFalse(a.body().contains("About"));
    }

    @Test
    void notAnArticleIsRejectedWithNumbers() {
        StringBuilder links = new StringBuilder("<html><head><title>AI news - Tech Ledger</title></head><body><h1>AI</h1><ul>");
        for (int i = 0; i < 40; i++) links.append("<li><a href='/s").append(i).append("'>Story number ").append(i).append(" about funding</a></li>");
        links.append("</ul></body></html>");
        Parsed<Article> p = reader.readHtml("index.html", links.toString());
        assertFalse(p.isOk());
        assertEquals("index.html", p.reject().source());
        assertEquals(0, p.reject().line());
        assertTrue(p.reject().reason().startsWith("not_article: "), p.reject().reason());
        assertTrue(p.reject().reason().matches(".*\\d+ chars.*"), p.reject().reason());
        assertTrue(p.reject().raw().length() <= 200);
        assertTrue(p.reject().raw().startsWith("AI Story number 0"), p.reject().raw());
    }

    @Test
    void loginPageIsRejected() {
        String html = "<html><body><h1>Sign in</h1><form><label>Email</label><input name=e><label>Password</label>"
                + "<input type=password><button>Sign in</button></form><p>Forgot your password?</p></body></html>";
        Parsed<Article> p = reader.readHtml("login.html", html);
        assertFalse(p.isOk());
        assertTrue(p.reject().reason().startsWith("not_article"));
    }

    @Test
    void emptyAndGarbageInputAreRejectsNotExceptions() {
        assertFalse(reader.read("a.html", new byte[0]).isOk());
        assertFalse(reader.read("a.html", null).isOk());
        assertFalse(reader.read(null, null).isOk());
        assertFalse(reader.readHtml("a.html", "   ").isOk());
        assertFalse(reader.readText("a.txt", "").isOk());
        assertFalse(reader.read("a.html.gz", new byte[] {1, 2, 3}).isOk());
        byte[] junk = new byte[5000];
        new Random(7).nextBytes(junk);
        Parsed<Article> p = reader.read("junk.html", junk);
        assertNotNull(p);
        assertTrue(reader.read("deep.html", ("<div>".repeat(20000) + "x").getBytes(StandardCharsets.UTF_8)) != null);
    }

    @Test
    void charsetFromMetaAndBom() {
        String html = "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9 d\u00e9j\u00e0 vu</title></head><body>"
                + PARAS + "</body></html>";
        Article a = ok(reader.read("cp.html", html.getBytes(Charset.forName("windows-1252"))));
        assertEquals("Caf\u00e9 d\u00e9j\u00e0 vu", a.title());

        byte[] utf16 = ("\uFEFF<html><head><title>Gr\u00fc\u00dfe</title></head><body>" + PARAS + "</body></html>").getBytes(StandardCharsets.UTF_16LE);
        assertEquals("Gr\u00fc\u00dfe", ok(reader.read("bom.htm", utf16)).title());

        byte[] utf8 = ("<html><head><title>\u667a\u8c31\u4e0a\u5e02</title></head><body>" + PARAS + "</body></html>").getBytes(StandardCharsets.UTF_8);
        assertEquals("\u667a\u8c31\u4e0a\u5e02", ok(reader.read("u.html", utf8)).title());
    }

    @Test
    void bytesWithoutCharsetAreUtf8WhenTheyCanBeElseWindows1252() {
        // no meta charset: a stray 0xE9 is not UTF-8, so the whole page is read as windows-1252
        String latin = "<html><head><title>Caf\u00e9 news</title></head><body>" + PARAS + "</body></html>";
        assertEquals("Caf\u00e9 news", ok(reader.read("cp.html", latin.getBytes(Charset.forName("windows-1252")))).title());

        // a UTF-8 byte-order mark is dropped, not read as text
        byte[] bom = ("\uFEFF<html><head><title>Gr\u00fc\u00dfe</title></head><body>" + PARAS + "</body></html>").getBytes(StandardCharsets.UTF_8);
        assertEquals("Gr\u00fc\u00dfe", ok(reader.read("bom.html", bom)).title());

        // multi-byte characters far into a large page (past the decoder's buffers) stay whole
        String filler = "<p class='x'>" + "filler text ".repeat(40) + "</p>";
        String big = "<html><head><title>\u667a\u8c31 lists</title></head><body>" + "<nav>menu</nav>".repeat(2000)
                + "<article>" + PARAS + "<p>\u667a\u8c31\u4e0a\u5e02 in Hong Kong, the company said on Thursday, raising HK$4.3 billion "
                + "from investors in its \u2014 long awaited \u2014 listing on the main board.</p>" + filler + "</article></body></html>";
        Article a = ok(reader.read("big.html", big.getBytes(StandardCharsets.UTF_8)));
        assertTrue(a.body().contains("\u667a\u8c31\u4e0a\u5e02 in Hong Kong"), a.body());
        assertTrue(a.body().contains("\u2014 long awaited \u2014"), a.body());

        // and one bad byte at the very end still turns the whole page to windows-1252
        byte[] bad = (latin.replace("</body>", "<p>Caf\u00e9</p></body>")).getBytes(StandardCharsets.UTF_8);
        bad[bad.length - 20] = (byte) 0xE9;
        assertTrue(ok(reader.read("tail.html", bad)).title().contains("\u00c3\u00a9"), "UTF-8 bytes read as windows-1252");
    }

    @Test
    void rejectFromBytesShowsTheStartOfThePageText() {
        StringBuilder links = new StringBuilder("<html><head><title>AI news</title><script>var x = 1;</script></head><body><h1>AI</h1><ul>");
        for (int i = 0; i < 400; i++) links.append("<li><a href='/s").append(i).append("'>Story number ").append(i).append(" about funding</a></li>");
        links.append("</ul></body></html>");
        Parsed<Article> p = reader.read("index.html", links.toString().getBytes(StandardCharsets.UTF_8));
        assertTrue(p.reject().reason().startsWith("not_article: "), p.reject().reason());
        assertEquals(200, p.reject().raw().length());
        assertTrue(p.reject().raw().startsWith("AI Story number 0 about funding Story number 1 about"), p.reject().raw());
    }

    @Test
    void dispatchByExtension() {
        byte[] text = "Title line\n\n2026-01-09\n\nA body paragraph.".getBytes(StandardCharsets.UTF_8);
        Article a = ok(reader.read("note.txt", text));
        assertEquals("Title line", a.title());
        assertEquals(LocalDate.of(2026, 1, 9), a.published());
        assertEquals("A body paragraph.", a.body());
        Article h = ok(reader.read("page.HTM", page("", "").getBytes(StandardCharsets.UTF_8)));
        assertTrue(h.body().startsWith("Acme AI, a Beijing-based"));
    }

    @Test
    void chineseAndGermanPages() {
        String zh = "<html><head><title>智谱上市</title></head><body><article><h1>智谱在香港上市</h1>"
                + "<p>2026年1月9日</p>"
                + "<p>智谱于1月8日在香港联合交易所正式挂牌上市，成为全球首家上市的大模型公司。发行价为每股116.2港元，开盘价为120港元。</p>"
                + "<p>智谱通过首次公开发行募集资金约43.48亿港元，而MiniMax则募集了48.2亿港元。市场对大模型公司的估值分歧仍然很大。</p>"
                + "</article></body></html>";
        Article a = ok(reader.readHtml("zh.html", zh));
        assertEquals("zh", a.language());
        assertEquals(LocalDate.of(2026, 1, 9), a.published());

        String de = "<html><head><title>Aleph Alpha sammelt Geld ein</title></head><body><article><h1>Aleph Alpha</h1>"
                + "<p class='date'>9. Januar 2026</p>"
                + "<p>Das Heidelberger Unternehmen hat in einer neuen Finanzierungsrunde mehr als 500 Millionen Dollar eingesammelt, "
                + "wie es am Freitag mitteilte. Die Runde wird von der Schwarz-Gruppe angeführt.</p>"
                + "<p>Mit dem Geld will die Firma ihre Modelle für Behörden und Unternehmen weiterentwickeln, die auf "
                + "Datenschutz und Souveränität großen Wert legen, und zudem neue Mitarbeiter einstellen.</p>"
                + "</article></body></html>";
        Article d = ok(reader.readHtml("de.html", de));
        assertEquals("de", d.language());
        assertEquals(LocalDate.of(2026, 1, 9), d.published());
    }
}
