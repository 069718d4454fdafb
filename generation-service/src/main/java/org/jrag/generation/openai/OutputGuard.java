package org.jrag.generation.openai;

import java.util.ArrayList;
import java.util.List;
import org.jrag.generation.guard.Action;
import org.jrag.generation.guard.GuardResult;
import org.jrag.generation.guard.GuardrailBlockedException;
import org.jrag.generation.guard.GuardrailOptions;
import org.jrag.generation.guard.GuardrailReport;
import org.jrag.generation.guard.Guardrails;
import org.jrag.generation.guard.Intervention;
import org.jrag.generation.guard.Rail;

/**
 * Runs the output rails (PII redaction, deny list) on one choice's text. A whole answer is checked at once; a
 * streamed one a sentence at a time: text is held back until a sentence ends (or a line, or
 * {@value #MAX_HELD} characters pile up), so that what the rails redact is never sent first. Offsets of the
 * interventions point into the choice's text as generated. Mutable, one per choice; not thread-safe.
 */
final class OutputGuard {

    /** Text held back at most before it is checked without a sentence end. */
    static final int MAX_HELD = 1000;

    private final Guardrails guardrails;
    private final GuardrailOptions options;
    private final String where;
    private final boolean active;
    private final StringBuilder held = new StringBuilder();
    private final List<Intervention> interventions = new ArrayList<>();
    private int checked;
    private boolean blocked;

    /**
     * @param where appended to each intervention's detail (e.g. " (in choice 2)"), or empty
     */
    OutputGuard(Guardrails guardrails, GuardrailOptions options, String where) {
        this.guardrails = guardrails;
        this.options = options;
        this.where = where;
        this.active = options.mode(Rail.PII) != Action.ALLOW || options.mode(Rail.OUTPUT_DENY_LIST) != Action.ALLOW;
    }

    /** The whole text of a choice, as the rails leave it (empty when blocked). */
    String check(String text) {
        return active ? checkSegment(text) : text;
    }

    /** Streamed text: returns what may be sent now, checked and redacted (possibly empty). */
    String accept(String text) {
        if (!active) {
            return text;
        }
        if (blocked) {
            return "";
        }
        held.append(text);
        int cut = lastSentenceEnd(held);
        if (cut == 0 && held.length() > MAX_HELD) {
            cut = held.length();
        }
        if (cut == 0) {
            return "";
        }
        String segment = held.substring(0, cut);
        held.delete(0, cut);
        return checkSegment(segment);
    }

    /** The end of a streamed choice: checks and returns whatever is still held back. */
    String finish() {
        if (!active || blocked || held.isEmpty()) {
            return "";
        }
        String rest = held.toString();
        held.setLength(0);
        return checkSegment(rest);
    }

    /** Whether a rail blocked: the rest of the output is withheld. */
    boolean blocked() {
        return blocked;
    }

    List<Intervention> interventions() {
        return List.copyOf(interventions);
    }

    private String checkSegment(String segment) {
        GuardResult result = guardrails.checkOutput(segment, options);
        for (Intervention i : result.interventions()) {
            interventions.add(
                    new Intervention(i.rail(), i.action(), i.detail() + where, i.start() + checked, i.end() + checked));
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
    static Checked checkAll(List<String> texts, Guardrails guardrails, GenerationRunner.Prompts prompts) {
        List<Intervention> all = new ArrayList<>(prompts.inputInterventions());
        List<String> checked = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            OutputGuard guard = new OutputGuard(guardrails, prompts.guardrails(), where(i, texts.size()));
            checked.add(guard.check(texts.get(i)));
            all.addAll(guard.interventions());
            if (guard.blocked()) {
                throw GuardrailBlockedException.output(all);
            }
        }
        return new Checked(checked, report(all));
    }

    /** The texts of the choices and the report ({@code guardrails} field), null when no rail intervened. */
    record Checked(List<String> texts, GuardrailReport report) {}

    static GuardrailReport report(List<Intervention> interventions) {
        return interventions.isEmpty() ? null : GuardrailReport.of(interventions, null);
    }

    /** Where a choice's findings are: named only when there are several choices. */
    static String where(int index, int choices) {
        return choices > 1 ? " (in choice " + index + ")" : "";
    }

    /** One past the last sentence end in {@code text}: a line break, or {@code .!?} followed by white space. */
    static int lastSentenceEnd(CharSequence text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if (Character.isWhitespace(c) && i > 0 && ".!?".indexOf(text.charAt(i - 1)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }
}
