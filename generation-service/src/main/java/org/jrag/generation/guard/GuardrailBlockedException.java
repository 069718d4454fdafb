package org.jrag.generation.guard;

import java.util.List;

/**
 * Thrown when a rail blocks: the request is refused, or the output withheld. The service answers with a problem
 * detail naming the rail; the interventions go with it so the caller sees every finding.
 */
public class GuardrailBlockedException extends RuntimeException {

    private final String rail;
    private final List<Intervention> interventions;

    private GuardrailBlockedException(String message, String rail, List<Intervention> interventions) {
        super(message);
        this.rail = rail;
        this.interventions = List.copyOf(interventions);
    }

    /** The input was refused; {@code interventions} must hold a BLOCK. */
    public static GuardrailBlockedException input(List<Intervention> interventions) {
        return of("The input was refused by guardrail", interventions);
    }

    /** The output was withheld; {@code interventions} must hold a BLOCK. */
    public static GuardrailBlockedException output(List<Intervention> interventions) {
        return of("The output was withheld by guardrail", interventions);
    }

    private static GuardrailBlockedException of(String what, List<Intervention> interventions) {
        Intervention block = interventions.stream()
                .filter(i -> i.action() == Action.BLOCK)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("interventions hold no BLOCK: " + interventions));
        return new GuardrailBlockedException(
                what + " '" + block.rail() + "': " + block.detail(), block.rail(), interventions);
    }

    /** The {@link Rail#id()} of the first rail that blocked. */
    public String rail() {
        return rail;
    }

    /** Every intervention up to the block. */
    public List<Intervention> interventions() {
        return interventions;
    }
}
