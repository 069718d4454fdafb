package org.jrag.generation.guard;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The rails this service runs, each with the name reported in interventions and metrics, its default mode and the
 * modes it can act in. The defaults live here and nowhere else; configuration and requests override them.
 */
public enum Rail {
    /** Prompt-injection and jailbreak phrases in the user's input. */
    PROMPT_INJECTION("prompt-injection", Action.BLOCK, EnumSet.of(Action.BLOCK, Action.FLAG)),
    /** Input longer than the configured characters or tokens. */
    MAX_INPUT_LENGTH("max-input-length", Action.BLOCK, EnumSet.of(Action.BLOCK, Action.FLAG)),
    /** Deny-listed terms in the user's input. */
    INPUT_DENY_LIST("input-deny-list", Action.BLOCK, EnumSet.of(Action.BLOCK, Action.FLAG, Action.REDACT)),
    /** Personal data (e-mail, phone, payment card, IBAN, US SSN) in the output. */
    PII("pii", Action.REDACT, EnumSet.of(Action.REDACT, Action.FLAG, Action.BLOCK)),
    /** Deny-listed terms in the output. */
    OUTPUT_DENY_LIST("output-deny-list", Action.REDACT, EnumSet.of(Action.REDACT, Action.FLAG, Action.BLOCK)),
    /**
     * Prompt-injection phrases inside a retrieved passage (indirect injection through a stored document): REDACT
     * leaves the passage out of the prompt, FLAG keeps it, BLOCK refuses the answer.
     */
    PASSAGE_INJECTION("passage-injection", Action.REDACT, EnumSet.of(Action.REDACT, Action.FLAG, Action.BLOCK)),
    /** Answer sentences that no cited chunk supports. */
    GROUNDING("grounding", Action.FLAG, EnumSet.of(Action.FLAG, Action.BLOCK));

    private final String id;
    private final Action defaultAction;
    private final Set<Action> actions;

    Rail(String id, Action defaultAction, Set<Action> actions) {
        this.id = id;
        this.defaultAction = defaultAction;
        this.actions = actions;
    }

    /** The name in interventions, metrics, configuration keys and request bodies. */
    public String id() {
        return id;
    }

    public Action defaultAction() {
        return defaultAction;
    }

    /** Checks that this rail can act in {@code action}; {@link Action#ALLOW} (off) is always accepted. */
    Action requireSupported(Action action) {
        if (action == null) {
            throw new IllegalArgumentException("mode of guardrail '" + id + "' must not be null");
        }
        if (action != Action.ALLOW && !actions.contains(action)) {
            throw new IllegalArgumentException("guardrail '" + id + "' cannot " + action + ", its modes are " + actions
                    + " or ALLOW (off), got: " + action);
        }
        return action;
    }

    /** Finds a rail by its {@link #id()}. */
    public static Rail of(String id) {
        for (Rail rail : values()) {
            if (rail.id.equals(id)) {
                return rail;
            }
        }
        throw new IllegalArgumentException("unknown guardrail '" + id + "', expected one of "
                + Arrays.stream(values()).map(Rail::id).toList());
    }
}
