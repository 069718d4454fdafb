package org.jrag.generation.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jrag.personaldata.PersonalData;
import org.jrag.personaldata.PiiKind;

/**
 * The output rail for personal data ({@link PersonalData}: e-mail addresses, phone numbers, payment cards, IBANs, US
 * SSNs, by patterns and checksums): in REDACT mode each finding becomes its kind's placeholder ({@code [EMAIL]}, ...),
 * in FLAG mode it is reported alone, in BLOCK mode the output is withheld.
 */
public final class PiiRedactionRail implements OutputRail {

    @Override
    public RailResult check(String output, GuardrailOptions options) {
        Action mode = options.mode(Rail.PII);
        Set<PiiKind> kinds = options.piiKinds();
        if (mode == Action.ALLOW || kinds.isEmpty()) {
            return RailResult.allow(output);
        }
        List<PersonalData.Finding> findings = PersonalData.find(output, kinds);
        var interventions = new ArrayList<Intervention>(findings.size());
        for (PersonalData.Finding f : findings) {
            interventions.add(new Intervention(Rail.PII, mode, f.detail(), f.start(), f.end()));
        }
        if (mode != Action.REDACT || findings.isEmpty()) {
            return new RailResult(output, interventions);
        }
        return new RailResult(PersonalData.redact(output, findings), interventions);
    }

    /** The patterns of the kinds that {@code options} look for. */
    @Override
    public List<Pattern> patterns(GuardrailOptions options) {
        if (options.mode(Rail.PII) == Action.ALLOW) {
            return List.of();
        }
        return PersonalData.patterns(options.piiKinds());
    }
}
