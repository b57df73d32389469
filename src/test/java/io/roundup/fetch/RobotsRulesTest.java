package io.roundup.fetch;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RobotsRulesTest {

    static RobotsRules rules(String text) {
        return RobotsRules.parse(text.getBytes(StandardCharsets.UTF_8), "roundup");
    }

    @Test
    void emptyOrMissingRulesAllowEverything() {
        assertThat(rules("").allows("/anything")).isTrue();
        assertThat(RobotsRules.allowAll().allows("/x")).isTrue();
        assertThat(rules("User-agent: *\nDisallow:\n").allows("/x")).isTrue();
    }

    @Test
    void disallowAllButRobotsTxtItself() {
        RobotsRules r = rules("User-agent: *\nDisallow: /\n");
        assertThat(r.allows("/")).isFalse();
        assertThat(r.allows("/news/a.html")).isFalse();
        assertThat(r.allows("/robots.txt")).isTrue();
        assertThat(RobotsRules.disallowAll("down").allows("/a")).isFalse();
        assertThat(RobotsRules.disallowAll("down").disallowAllReason()).isEqualTo("down");
    }

    @Test
    void ourGroupReplacesTheStarGroup() {
        String text = """
                # comment
                User-agent: *
                Disallow: /private/

                User-agent: Googlebot
                User-agent: RoundUp/0.1   # case and version do not matter
                Disallow: /news/secret
                Crawl-delay: 2.5
                """;
        RobotsRules r = rules(text);
        assertThat(r.allows("/news/secret/a")).isFalse();
        assertThat(r.allows("/private/a")).isTrue();
        assertThat(r.crawlDelay()).isEqualTo(Duration.ofMillis(2500));
        RobotsRules other = RobotsRules.parse(text.getBytes(StandardCharsets.UTF_8), "otherbot");
        assertThat(other.allows("/private/a")).isFalse();
        assertThat(other.allows("/news/secret/a")).isTrue();
        assertThat(other.crawlDelay()).isNull();
    }

    @Test
    void longestMatchWinsAndAllowWinsATie() {
        RobotsRules r = rules("User-agent: *\nDisallow: /news/\nAllow: /news/public/\nAllow: /a\nDisallow: /a\n");
        assertThat(r.allows("/news/x")).isFalse();
        assertThat(r.allows("/news/public/x")).isTrue();
        assertThat(r.allows("/a")).isTrue();
    }

    @Test
    void wildcardsAndEndAnchors() {
        RobotsRules r = rules("User-agent: *\nDisallow: /*.pdf$\nDisallow: /*?session=\nDisallow: /a*b/\n");
        assertThat(r.allows("/files/report.pdf")).isFalse();
        assertThat(r.allows("/files/report.pdf?x=1")).isTrue();
        assertThat(r.allows("/page?session=42")).isFalse();
        assertThat(r.allows("/axxb/c")).isFalse();
        assertThat(r.allows("/ab")).isTrue();
        assertThat(r.allows("/a.b+c(d)")).isTrue(); // regex characters are literal
    }

    @Test
    void groupsSharingRulesAndRulesBeforeAnyAgent() {
        RobotsRules r = rules("Disallow: /orphan\nUser-agent: a\nUser-agent: *\nDisallow: /shared\n\nUser-agent: b\nDisallow: /b\n");
        assertThat(r.allows("/orphan")).isTrue();
        assertThat(r.allows("/shared")).isFalse();
        assertThat(r.allows("/b")).isTrue();
    }

    @Test
    void aByteOrderMarkDoesNotHideTheFirstGroup() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, body, 0, bom.length);
        System.arraycopy(text, 0, body, bom.length, text.length);
        RobotsRules r = RobotsRules.parse(body, "roundup");
        assertThat(r.allows("/private/a")).isFalse();
        assertThat(r.allows("/public/a")).isTrue();
    }

    @Test
    void typosAndMissingColonsRfc9309ToleratesAreRead() {
        // crawler-commons' RFC 9309 cases: "useragent", "user agent", a missing colon
        assertThat(rules("useragent: *\ndisallow /a\n").allows("/a")).isFalse();
        assertThat(rules("User agent: roundup\nDisallow: /b\n").allows("/b")).isFalse();
    }

    @Test
    void percentEncodingIsComparedNormalised() {
        RobotsRules r = rules("User-agent: *\nDisallow: /caf%C3%A9\nDisallow: /a%2fb\n");
        assertThat(r.allows("/caf%c3%a9/menu")).isFalse();
        assertThat(r.allows("/a%2Fb")).isFalse();
    }
}
