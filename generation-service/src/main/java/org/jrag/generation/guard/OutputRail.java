package org.jrag.generation.guard;

/** Checks what the service is about to return before the user sees it. */
@FunctionalInterface
public interface OutputRail {

    /** Returns the output to hand on and what was found; a rail whose mode is ALLOW returns the output untouched. */
    RailResult check(String output, GuardrailOptions options);
}
