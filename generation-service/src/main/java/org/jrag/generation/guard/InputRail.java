package org.jrag.generation.guard;

/** Checks what a user sends before the model sees it. */
@FunctionalInterface
public interface InputRail {

    /** Returns the input to hand on and what was found; a rail whose mode is ALLOW returns the input untouched. */
    RailResult check(String input, GuardrailOptions options);
}
