package org.jrag.generation.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds configured terms as whole words, ignoring case, with any run of whitespace matching a space inside a
 * multi-word term ("Project  Falcon" matches "project falcon"). A term is a whole word when no letter, digit or
 * underscore touches either end, so "ass" does not fire inside "class" and "C++" still matches. The same class serves
 * input ({@link Rail#INPUT_DENY_LIST}) and output ({@link Rail#OUTPUT_DENY_LIST}); in REDACT mode each occurrence
 * becomes {@value #PLACEHOLDER}.
 */
public final class DenyListRail implements InputRail, OutputRail {

    static final String PLACEHOLDER = "[REDACTED]";

    private final Rail rail;

    private DenyListRail(Rail rail) {
        this.rail = rail;
    }

    /** The rail for user input. */
    public static DenyListRail forInput() {
        return new DenyListRail(Rail.INPUT_DENY_LIST);
    }

    /** The rail for model or answer output. */
    public static DenyListRail forOutput() {
        return new DenyListRail(Rail.OUTPUT_DENY_LIST);
    }

    @Override
    public RailResult check(String text, GuardrailOptions options) {
        Action mode = options.mode(rail);
        if (mode == Action.ALLOW || options.denyTerms().isEmpty()) {
            return RailResult.allow(text);
        }
        List<String> terms = ordered(options.denyTerms());
        Matcher m = pattern(terms).matcher(text);
        var interventions = new ArrayList<Intervention>();
        var redacted = new StringBuilder(text.length());
        int copied = 0;
        while (m.find()) {
            interventions.add(
                    new Intervention(rail, mode, "deny-listed term '" + termOf(m, terms) + "'", m.start(), m.end()));
            redacted.append(text, copied, m.start()).append(PLACEHOLDER);
            copied = m.end();
        }
        if (mode != Action.REDACT || interventions.isEmpty()) {
            return new RailResult(text, interventions);
        }
        return new RailResult(redacted.append(text, copied, text.length()).toString(), interventions);
    }

    @Override
    public List<Pattern> patterns(GuardrailOptions options) {
        if (options.mode(rail) == Action.ALLOW || options.denyTerms().isEmpty()) {
            return List.of();
        }
        return List.of(pattern(ordered(options.denyTerms())));
    }

    /**
     * One alternation of all terms (already longest first, so that "project falcon" wins over "project"); each term
     * is a capturing group so the report can name the configured term rather than echo the text.
     */
    private static Pattern pattern(List<String> ordered) {
        var alternatives = new StringBuilder();
        for (String term : ordered) {
            if (!alternatives.isEmpty()) {
                alternatives.append('|');
            }
            var quoted = new StringBuilder();
            for (String word : term.strip().split("\\s+")) {
                if (!quoted.isEmpty()) {
                    quoted.append("\\s+");
                }
                quoted.append(Pattern.quote(word));
            }
            alternatives.append('(').append(quoted).append(')');
        }
        return Pattern.compile(
                "(?<![\\p{L}\\p{N}_])(?:" + alternatives + ")(?![\\p{L}\\p{N}_])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Longest first. */
    private static List<String> ordered(List<String> terms) {
        var ordered = new ArrayList<>(terms);
        ordered.sort((a, b) -> Integer.compare(b.strip().length(), a.strip().length()));
        return ordered;
    }

    private static String termOf(Matcher m, List<String> ordered) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return ordered.get(g - 1).strip();
            }
        }
        throw new IllegalStateException("a deny-list match must come from one of the terms");
    }
}
