package org.jrag.ingest.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A site's {@code robots.txt} as RFC 9309 reads it: the group for the crawler's user agent (matched by its product
 * token), else the {@code *} group; within it the longest matching {@code Allow} or {@code Disallow} path wins (an
 * {@code Allow} on a tie), {@code *} matches any characters and a trailing {@code $} the end of the path. The group's
 * {@code Crawl-delay} (not in the RFC, but widely sent) is kept, at most {@value #MAX_CRAWL_DELAY_SECONDS} seconds.
 */
final class RobotsTxt {

    /** A robots.txt that allows everything (none found: 4xx). */
    static final RobotsTxt ALLOW_ALL = new RobotsTxt(List.of(), Duration.ZERO);

    /** The longest pause between requests a robots.txt can ask for and get. */
    static final int MAX_CRAWL_DELAY_SECONDS = 60;

    private record Rule(boolean allow, String pattern) {}

    private final List<Rule> rules;
    private final Duration crawlDelay;

    private RobotsTxt(List<Rule> rules, Duration crawlDelay) {
        this.rules = List.copyOf(rules);
        this.crawlDelay = crawlDelay;
    }

    /** The pause the site asks for between requests (zero when it asks for none). */
    Duration crawlDelay() {
        return crawlDelay;
    }

    /** The rules of {@code text} for the crawler whose {@code User-Agent} is {@code userAgent}. */
    static RobotsTxt parse(String text, String userAgent) {
        String product = userAgent.split("[/ ]", 2)[0].toLowerCase(Locale.ROOT);
        var own = new ArrayList<Rule>();
        var anyone = new ArrayList<Rule>();
        Duration ownDelay = null;
        Duration anyoneDelay = null;
        boolean ownGroupSeen = false;
        var agents = new ArrayList<String>();
        boolean inRules = false;
        for (String raw : text.split("\\R")) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            switch (field) {
                case "user-agent" -> {
                    if (inRules) {
                        agents.clear(); // a new group starts
                        inRules = false;
                    }
                    agents.add(value.toLowerCase(Locale.ROOT));
                }
                case "allow", "disallow" -> {
                    inRules = true;
                    if (value.isEmpty()) {
                        continue; // "Disallow:" allows everything
                    }
                    var rule = new Rule(field.equals("allow"), value);
                    if (agents.contains(product)) {
                        own.add(rule);
                        ownGroupSeen = true;
                    }
                    if (agents.contains("*")) {
                        anyone.add(rule);
                    }
                }
                case "crawl-delay" -> {
                    inRules = true;
                    Duration delay = delay(value);
                    if (delay != null && agents.contains(product)) {
                        ownDelay = delay;
                    }
                    if (delay != null && agents.contains("*")) {
                        anyoneDelay = delay;
                    }
                }
                default -> {
                    // sitemap, crawl-delay and other fields: not rules
                }
            }
            if (field.equals("user-agent") && value.toLowerCase(Locale.ROOT).equals(product)) {
                ownGroupSeen = true;
            }
        }
        Duration delay = ownGroupSeen ? ownDelay : anyoneDelay;
        return new RobotsTxt(ownGroupSeen ? own : anyone, delay == null ? Duration.ZERO : delay);
    }

    private static Duration delay(String seconds) {
        try {
            double value = Double.parseDouble(seconds);
            return value >= 0 && !Double.isNaN(value)
                    ? Duration.ofMillis((long) (Math.min(value, MAX_CRAWL_DELAY_SECONDS) * 1000))
                    : null;
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }

    /** Whether the crawler may fetch the path (with its query) of a URL. */
    boolean allows(String pathAndQuery) {
        Rule best = null;
        for (Rule rule : rules) {
            if (matches(rule.pattern(), pathAndQuery)
                    && (best == null
                            || rule.pattern().length() > best.pattern().length()
                            || (rule.pattern().length() == best.pattern().length() && rule.allow()))) {
                best = rule;
            }
        }
        return best == null || best.allow();
    }

    /** Whether the path starts with the pattern, {@code *} matching any characters and a final {@code $} the end. */
    static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String body = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        return matchFrom(body, 0, path, 0, anchored);
    }

    private static boolean matchFrom(String pattern, int p, String path, int s, boolean anchored) {
        while (p < pattern.length()) {
            char c = pattern.charAt(p);
            if (c == '*') {
                for (int next = s; next <= path.length(); next++) {
                    if (matchFrom(pattern, p + 1, path, next, anchored)) {
                        return true;
                    }
                }
                return false;
            }
            if (s >= path.length() || path.charAt(s) != c) {
                return false;
            }
            p++;
            s++;
        }
        return !anchored || s == path.length();
    }
}
