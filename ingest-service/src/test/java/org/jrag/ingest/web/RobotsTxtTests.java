package org.jrag.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RobotsTxtTests {

    @Test
    void obeysItsOwnGroupElseTheGroupForEveryone() {
        String text = """
                # comments and unknown fields are ignored
                User-agent: *
                Disallow: /private/
                Crawl-delay: 10

                User-agent: Jrag-Web-Sync
                User-agent: other-bot
                Disallow: /drafts/
                Sitemap: https://example.com/sitemap.xml
                """;
        RobotsTxt ours = RobotsTxt.parse(text, "jrag-web-sync/0.1");
        assertThat(ours.allows("/drafts/a.html")).isFalse();
        assertThat(ours.crawlDelay()).isZero(); // the crawl delay was asked of everyone else
        assertThat(ours.allows("/private/a.html")).isTrue(); // its own group replaces the one for everyone

        RobotsTxt someoneElse = RobotsTxt.parse(text, "curl/8.0");
        assertThat(someoneElse.crawlDelay()).isEqualTo(Duration.ofSeconds(10));
        assertThat(RobotsTxt.parse("User-agent: *\nCrawl-delay: 3600\n", "curl").crawlDelay())
                .isEqualTo(Duration.ofSeconds(RobotsTxt.MAX_CRAWL_DELAY_SECONDS));
        assertThat(RobotsTxt.parse("User-agent: *\nCrawl-delay: soon\n", "curl").crawlDelay())
                .isZero();
        assertThat(someoneElse.allows("/private/a.html")).isFalse();
        assertThat(someoneElse.allows("/drafts/a.html")).isTrue();
    }

    @Test
    void theLongestMatchWinsAndAllowWinsATie() {
        RobotsTxt robots = RobotsTxt.parse("""
                User-agent: *
                Disallow: /docs/
                Allow: /docs/public/
                Disallow: /*.pdf$
                Allow: /page
                Disallow: /page
                Disallow:
                """, "jrag-web-sync");

        assertThat(robots.allows("/docs/internal.html")).isFalse();
        assertThat(robots.allows("/docs/public/guide.html")).isTrue();
        assertThat(robots.allows("/files/manual.pdf")).isFalse();
        assertThat(robots.allows("/files/manual.pdf?download=1")).isTrue(); // $ anchors the end
        assertThat(robots.allows("/page")).isTrue();
        assertThat(robots.allows("/")).isTrue();
        assertThat(RobotsTxt.ALLOW_ALL.allows("/anything")).isTrue();
    }

    @Test
    void aGroupForUsWithoutRulesAllowsEverything() {
        RobotsTxt robots = RobotsTxt.parse("""
                User-agent: *
                Disallow: /

                User-agent: jrag-web-sync
                Allow: /
                """, "jrag-web-sync/0.1");

        assertThat(robots.allows("/docs/a.html")).isTrue();
    }
}
