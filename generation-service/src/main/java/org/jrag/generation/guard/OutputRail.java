package org.jrag.generation.guard;

import java.util.List;
import java.util.regex.Pattern;

/** Checks what the service is about to return before the user sees it. */
public interface OutputRail {

    /** Returns the output to hand on and what was found; a rail whose mode is ALLOW returns the output untouched. */
    RailResult check(String output, GuardrailOptions options);

    /**
     * The patterns whose matches this rail acts on under {@code options} (none when its mode is ALLOW): each finding
     * of {@link #check} lies within a match of one of them, starts and ends with a character other than white space,
     * and depends only on that match and the two characters either side of it. A stream passes text on once no match
     * can still start in it or run across its end ({@code OutputGuard}), so the rails see every finding whole.
     */
    List<Pattern> patterns(GuardrailOptions options);
}
