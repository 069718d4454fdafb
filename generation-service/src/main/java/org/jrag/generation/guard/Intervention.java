package org.jrag.generation.guard;

/**
 * One thing a rail found and what it did about it. Offsets point into the text as the rail saw it (after the
 * redactions of the rails before it); a finding about the whole text (its length, an ungrounded answer as a whole)
 * spans all of it.
 *
 * @param rail the rail's {@link Rail#id()}
 * @param action what the rail did: {@link Action#FLAG}, {@link Action#REDACT} or {@link Action#BLOCK}
 * @param detail why, in words; never the personal data itself
 * @param start first character of the finding
 * @param end one past its last character
 */
public record Intervention(String rail, Action action, String detail, int start, int end) {

    public Intervention {
        if (rail == null || rail.isBlank()) {
            throw new IllegalArgumentException("intervention rail must not be blank");
        }
        if (action == null || action == Action.ALLOW) {
            throw new IllegalArgumentException("intervention action must be FLAG, REDACT or BLOCK, got: " + action);
        }
        if (detail == null || detail.isBlank()) {
            throw new IllegalArgumentException("intervention detail must not be blank");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException(
                    "intervention span must satisfy 0 <= start <= end, got: [" + start + ", " + end + ")");
        }
    }

    Intervention(Rail rail, Action action, String detail, int start, int end) {
        this(rail.id(), action, detail, start, end);
    }

    /** This intervention with {@code where} (e.g. " (in choice 2)") after its detail. */
    public Intervention at(String where) {
        return new Intervention(rail, action, detail + where, start, end);
    }
}
