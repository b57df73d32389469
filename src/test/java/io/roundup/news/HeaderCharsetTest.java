package io.roundup.news;

import io.roundup.domain.Article;
import io.roundup.domain.Parsed;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** A page whose charset only its HTTP header names (no BOM, no meta) is decoded with that charset. */
class HeaderCharsetTest {

    static final String GBK = "智谱完成新一轮融资|北京智谱华章科技有限公司今天宣布完成新一轮融资，投资方包括多家机构，资金将用于大模型研发与算力建设。"
            + "公司表示，本轮融资之后将继续扩大研发团队，并在国内外市场推广其开放平台与行业解决方案。";
    static final String BIG5 = "智譜完成新一輪融資|北京智譜華章科技有限公司今天宣布完成新一輪融資，投資方包括多家機構，資金將用於大模型研發與算力建設。"
            + "公司表示，本輪融資之後將繼續擴大研發團隊，並在國內外市場推廣其開放平台與行業解決方案。";
    static final String SJIS = "新興企業が資金調達|東京の人工知能企業は本日、新たな資金調達を完了したと発表した。調達した資金は大規模言語モデルの"
            + "研究開発と計算資源の拡充に充てる。同社は今後、研究開発チームを拡大し、国内外の市場で事業を広げる方針だ。";

    static String html(String text) {
        String[] t = text.split("\\|");
        return "<html><head><title>" + t[0] + "</title></head><body><article><h1>" + t[0] + "</h1><p>" + t[1]
                + "</p><p>" + t[1] + "</p></article></body></html>";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {"GBK # text/html; charset=GBK", "BIG5 # text/html;charset=big5",
            "SJIS # text/html; charset=\"Shift_JIS\"", "GBK # text/html; charset=gb2312"})
    void theHeadersCharsetDecodesThePage(String which, String contentType) {
        String text = which.equals("GBK") ? GBK : which.equals("BIG5") ? BIG5 : SJIS;
        Charset charset = which.equals("GBK") ? Charset.forName("GBK") : which.equals("BIG5") ? Charset.forName("Big5")
                : Charset.forName("Shift_JIS");
        assertThat(charset.newEncoder().canEncode(text)).isTrue();
        Parsed<Article> read = new ArticleReader().read("https://example.org/a", html(text).getBytes(charset), contentType);
        assertThat(read.isOk()).as(String.valueOf(read.reject())).isTrue();
        assertThat(read.value().title()).isEqualTo(text.substring(0, text.indexOf('|')));
        assertThat(read.value().body()).contains(text.substring(text.indexOf('|') + 1));
    }

    @ParameterizedTest
    @CsvSource({"text/html", "text/html; charset=no-such-charset"})
    void withoutAUsableHeaderCharsetThePageDecidesAsBefore(String contentType) {
        byte[] utf8 = html(GBK).getBytes(StandardCharsets.UTF_8);
        assertThat(new ArticleReader().read("https://example.org/a", utf8, contentType).value().title()).isEqualTo("智谱完成新一轮融资");
    }
}
