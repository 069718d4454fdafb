package org.jrag.engine.generate;

import java.util.List;

/**
 * Finds stop strings in streamed text, however the tokens cut it: text that could still be the start of a stop
 * string is held back until the next piece decides it, so nothing of a stop string is ever emitted. Once a stop
 * string is found, everything from it on is dropped. Mutable, one per generation.
 */
public final class StopStringMatcher {
    private final List<String> stops;
    private final StringBuilder held = new StringBuilder();
    private boolean stopped;

    public StopStringMatcher(List<String> stops) {
        for (String s : stops) {
            if (s == null || s.isEmpty()) {
                throw new IllegalArgumentException("stop strings must not be empty, got: " + stops);
            }
        }
        this.stops = List.copyOf(stops);
    }

    /** Appends decoded text; returns the part that is now safe to emit (possibly empty). */
    public String accept(String text) {
        if (stopped) {
            return "";
        }
        held.append(text);
        // 1. a complete stop string: emit what precedes the earliest one, drop the rest
        int earliest = -1;
        for (String s : stops) {
            int at = held.indexOf(s);
            if (at >= 0 && (earliest < 0 || at < earliest)) {
                earliest = at;
            }
        }
        if (earliest >= 0) {
            stopped = true;
            String out = held.substring(0, earliest);
            held.setLength(0);
            return out;
        }
        // 2. keep the longest suffix that is a proper prefix of some stop string
        String h = held.toString();
        int keep = 0;
        for (String s : stops) {
            for (int len = Math.min(s.length() - 1, h.length()); len > keep; len--) {
                if (h.regionMatches(h.length() - len, s, 0, len)) {
                    keep = len;
                    break;
                }
            }
        }
        held.delete(0, h.length() - keep);
        return h.substring(0, h.length() - keep);
    }

    /** Whether a stop string has been seen. */
    public boolean stopped() {
        return stopped;
    }

    /** Text held back at the end of generation (it never completed a stop string). */
    public String flush() {
        String out = held.toString();
        held.setLength(0);
        return out;
    }
}
