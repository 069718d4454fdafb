package org.jrag.generation.openai;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jrag.generation.guard.Action;
import org.jrag.generation.guard.GuardResult;
import org.jrag.generation.guard.GuardrailBlockedException;
import org.jrag.generation.guard.GuardrailOptions;
import org.jrag.generation.guard.GuardrailReport;
import org.jrag.generation.guard.Guardrails;
import org.jrag.generation.guard.Intervention;
import org.jrag.generation.guard.OutputRail;
import org.jrag.generation.guard.Rail;

/**
 * Runs the output rails (PII redaction, deny list) on one choice's text. A whole answer is checked at once; a
 * streamed one a few words at a time: text is passed on up to a white space that no finding of the rails can still
 * run across, however the text goes on ({@link #safeCut}), so that what the rails redact is never sent first and a
 * stream reads as the whole answer would. Plain words pass as soon as the next one starts; an e-mail address, a
 * number, a deny-listed phrase (and what could still become one) waits until it is whole, or until
 * {@value #MAX_HELD} characters pile up. Offsets of the interventions point into the choice's text as generated.
 * Mutable, one per choice; not thread-safe.
 *
 * <p>Log-probabilities carry the tokens' texts (and their alternatives'), so they are held back with the text and
 * pass only with a checked text the rails left as it was: when a rail redacts a text, the log-probabilities of its
 * tokens (a token that starts in it included) are withheld, which is reported as an intervention of that rail
 * spanning the text. Redacting token strings instead would still leave the alternatives, which can spell out
 * what was redacted. A whole answer is one text, so a redaction withholds all of the choice's log-probabilities; a
 * stream withholds those of the redacted parts only.
 */
public final class OutputGuard {

    /** Text held back at most before it is checked without a safe cut. */
    static final int MAX_HELD = 1000;

    private final Guardrails guardrails;
    private final GuardrailOptions options;
    private final String where;
    private final boolean active;
    /** What the rails' findings are matches of, for {@link #safeCut}. */
    private final List<Pattern> patterns;

    private final StringBuilder held = new StringBuilder();
    /** Log-probabilities of tokens not yet released, in text order. */
    private final List<TokenLogprob> heldLogprobs = new ArrayList<>();

    private final List<Intervention> interventions = new ArrayList<>();
    private int checked;
    private boolean blocked;
    /** Whether the last checked text was redacted (its tokens' log-probabilities are withheld). */
    private boolean withheld;

    /**
     * @param where appended to each intervention's detail (e.g. " (in choice 2)"), or empty
     */
    public OutputGuard(Guardrails guardrails, GuardrailOptions options, String where) {
        this.guardrails = guardrails;
        this.options = options;
        this.where = where;
        this.active = options.mode(Rail.PII) != Action.ALLOW || options.mode(Rail.OUTPUT_DENY_LIST) != Action.ALLOW;
        this.patterns = active ? guardrails.outputPatterns(options) : List.of();
    }

    /**
     * What may be sent of a choice: checked text and the log-probabilities of its tokens.
     *
     * @param text as the rails leave it (empty when blocked or still held back)
     * @param logprobs of the tokens released with it
     */
    public record Released(String text, List<TokenLogprob> logprobs) {

        public Released {
            logprobs = List.copyOf(logprobs);
        }
    }

    /** The whole text of a choice and its log-probabilities, as the rails leave them (empty when blocked). */
    Released check(String text, List<TokenLogprob> logprobs) {
        if (!active) {
            return new Released(text, logprobs);
        }
        heldLogprobs.addAll(logprobs);
        return release(checkSegment(text), true);
    }

    /** Streamed text: returns what may be sent now, checked and redacted (possibly empty). */
    public String accept(String text) {
        return accept(text, List.of()).text();
    }

    /** Streamed text with its tokens' log-probabilities: what may be sent now (possibly nothing). */
    Released accept(String text, List<TokenLogprob> logprobs) {
        if (!active) {
            return new Released(text, logprobs);
        }
        if (blocked) {
            return new Released("", List.of());
        }
        held.append(text);
        heldLogprobs.addAll(logprobs);
        int cut = safeCut(held.toString(), patterns);
        if (cut == 0 && held.length() > MAX_HELD) {
            cut = held.length();
        }
        if (cut == 0) {
            return new Released("", List.of());
        }
        String segment = held.substring(0, cut);
        held.delete(0, cut);
        return release(checkSegment(segment), false);
    }

    /** The end of a streamed choice: checks and returns whatever is still held back. */
    public Released finish() {
        if (!active || blocked) {
            return new Released("", List.of());
        }
        if (held.isEmpty()) {
            withheld = false; // what is left are tokens after every checked text: they showed nothing
            return release("", true);
        }
        String rest = held.toString();
        held.setLength(0);
        return release(checkSegment(rest), true);
    }

    /**
     * The checked text with the held log-probabilities it lets pass: after a redaction none of the tokens that start
     * in it; else those that end in it, or all when the choice is complete ({@code last}).
     */
    private Released release(String text, boolean last) {
        if (blocked) {
            heldLogprobs.clear();
            return new Released("", List.of());
        }
        List<TokenLogprob> out = new ArrayList<>();
        int i = 0;
        if (withheld) {
            while (i < heldLogprobs.size() && (last || heldLogprobs.get(i).textOffset() < checked)) {
                i++;
            }
        } else {
            while (i < heldLogprobs.size()
                    && (last
                            || heldLogprobs.get(i).textOffset()
                                            + heldLogprobs.get(i).token().length()
                                    <= checked)) {
                out.add(heldLogprobs.get(i++));
            }
        }
        heldLogprobs.subList(0, i).clear();
        return new Released(text, out);
    }

    /** Whether a rail blocked: the rest of the output is withheld. */
    public boolean blocked() {
        return blocked;
    }

    public List<Intervention> interventions() {
        return List.copyOf(interventions);
    }

    private String checkSegment(String segment) {
        GuardResult result = guardrails.checkOutput(segment, options);
        for (Intervention i : result.interventions()) {
            interventions.add(
                    new Intervention(i.rail(), i.action(), i.detail() + where, i.start() + checked, i.end() + checked));
        }
        withheld = result.action() == Action.REDACT;
        if (withheld && !heldLogprobs.isEmpty()) {
            String rail = result.interventions().stream()
                    .filter(i -> i.action() == Action.REDACT)
                    .findFirst()
                    .orElseThrow()
                    .rail();
            interventions.add(new Intervention(
                    rail,
                    Action.REDACT,
                    "log-probabilities withheld: their tokens would show the redacted text" + where,
                    checked,
                    checked + segment.length()));
        }
        checked += segment.length();
        if (result.blocked()) {
            blocked = true;
            return "";
        }
        return result.text();
    }

    /**
     * The texts of a run's choices as the output rails leave them, with the report of every intervention on the
     * request (input first), or null when none.
     *
     * @throws GuardrailBlockedException when a rail blocks a choice's output
     */
    static Checked checkAll(
            List<String> texts,
            List<List<TokenLogprob>> logprobs,
            Guardrails guardrails,
            GenerationRunner.Prompts prompts) {
        List<Intervention> all = new ArrayList<>(prompts.inputInterventions());
        List<String> checkedTexts = new ArrayList<>(texts.size());
        List<List<TokenLogprob>> checkedLogprobs = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            OutputGuard guard = new OutputGuard(guardrails, prompts.guardrails(), where(i, texts.size()));
            Released released = guard.check(texts.get(i), logprobs.get(i));
            checkedTexts.add(released.text());
            checkedLogprobs.add(released.logprobs());
            all.addAll(guard.interventions());
            if (guard.blocked()) {
                throw GuardrailBlockedException.output(all);
            }
        }
        return new Checked(checkedTexts, checkedLogprobs, report(all));
    }

    /**
     * The texts of the choices, their log-probabilities (empty where withheld) and the report ({@code guardrails}
     * field), null when no rail intervened.
     */
    record Checked(List<String> texts, List<List<TokenLogprob>> logprobs, GuardrailReport report) {}

    static GuardrailReport report(List<Intervention> interventions) {
        return interventions.isEmpty() ? null : GuardrailReport.of(interventions, null);
    }

    /** Where a choice's findings are: named only when there are several choices. */
    static String where(int index, int choices) {
        return choices > 1 ? " (in choice " + index + ")" : "";
    }

    /**
     * How much of the held text may be checked and passed on now (0: none). A cut falls just after a white space whose
     * character before is no digit (a phone pattern looks back across "5 " for another number's group), never inside
     * a match of {@code patterns}, and never after the start of a place where more text could still make or change a
     * match ({@link Matcher#hitEnd()} from each start, lookarounds included). The part before a cut is then checked
     * alone with the findings the whole text would give it, as each finding starts and ends with a character other
     * than white space and looks at most two characters around it ({@link OutputRail#patterns}).
     */
    static int safeCut(String held, List<Pattern> patterns) {
        int n = held.length();
        int open = n;
        var inside = new boolean[n + 1];
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(held).useTransparentBounds(true).useAnchoringBounds(false);
            for (int start = 0; start < open; start++) {
                m.region(start, n);
                boolean found = m.lookingAt();
                if (m.hitEnd()) {
                    open = start;
                } else if (found) {
                    for (int i = start + 1; i < m.end(); i++) {
                        inside[i] = true;
                    }
                }
            }
        }
        for (int cut = open; cut > 0; cut--) {
            boolean afterSpace = Character.isWhitespace(held.charAt(cut - 1))
                    && (cut < 2 || !Character.isDigit(held.charAt(cut - 2)));
            if (afterSpace && !inside[cut]) {
                return cut;
            }
        }
        return 0;
    }
}
