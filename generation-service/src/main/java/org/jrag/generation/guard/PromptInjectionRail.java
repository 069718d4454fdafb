package org.jrag.generation.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the phrases of prompt-injection and jailbreak attempts in user input: orders to drop earlier instructions,
 * role-play jailbreaks (DAN, "developer mode"), requests for the system prompt, and spoofed chat-template
 * delimiters or role headers that try to pass user text off as a system message.
 *
 * <p>A short curated list of phrase patterns, not a classifier: each names one technique, tolerates any case and
 * any run of whitespace (or none) between words, and needs the words that make the phrase an order, so that "ignore previous
 * versions" or "what is a system prompt?" pass. The patterns read the input as {@link InjectionText} leaves it
 * (invisible characters dropped, full-width forms folded, letter-spaced words closed up); offsets point into the
 * original input.
 * Paraphrases it does not list get through; FLAG mode reports instead of blocking where false positives cost more.
 */
public final class PromptInjectionRail implements InputRail {

    /** The technique of a line dressed as a role header ("### System:"). */
    static final String ROLE_HEADER_SPOOFING = "role-header-spoofing";

    /** One technique: a name for reports and the pattern that finds it. */
    record Technique(String name, Pattern pattern) {}

    /**
     * Between two words: any run of whitespace or Unicode spaces, or none, so that words run together
     * ("ignorepreviousinstructions", or a letter-spaced phrase closed up by {@link InjectionText}) still match.
     */
    private static final String GAP = "[\\s\\p{Z}]*";

    private static final List<Technique> TECHNIQUES = List.of(
            // "ignore all previous instructions", "disregard the above prompt", "forget your prior rules"
            technique(
                    "ignore-previous-instructions",
                    "\\b(?:ignore|disregard|forget|override|bypass) (?:(?:all|any|of|the|your|my|these|those) )*"
                            + "(?:previous|prior|above|earlier|preceding|foregoing|initial|original|system|developer) "
                            + "(?:instructions?|prompts?|rules|directions|guidelines|messages?|context|commands?)\\b"),
            // "from now on you will answer as ...", "your new instructions are" - an order to replace the instructions
            technique(
                    "replace-instructions",
                    "\\b(?:from now on,? you (?:are|will|must|shall) (?:act|answer|respond|behave|be|pretend)"
                            + "|your new instructions (?:are|is)\\b|new system (?:prompt|instructions?)\\s*:)"),
            // DAN ("do anything now") and its relatives: role-play as a model without rules
            technique(
                    "role-play-jailbreak",
                    "\\b(?:do anything now\\b|(?:you are|you're|act as|pretend to be) (?:now )?(?:an? )?dan\\b"
                            + "|(?:enable|activate|enter|switch to) (?:the )?(?:developer|dan|god|jailbreak|unrestricted) mode"
                            + "|(?:act|behave|respond|answer) as (?:an? )?(?:unrestricted|unfiltered|uncensored|jailbroken|evil)"
                            + "|pretend (?:that )?you (?:are|have) (?:no|not bound by|free of|free from) "
                            + "(?:any )?(?:rules|restrictions|guidelines|filters|limits|policies))"),
            // "reveal your system prompt", "print the hidden instructions", "repeat the words above"
            technique(
                    "system-prompt-extraction",
                    "\\b(?:(?:reveal|show|print|repeat|output|display|leak|disclose|dump|recite|tell me|give me) "
                            + "(?:me )?(?:your|the) (?:(?:full|entire|exact|original|initial|hidden|secret|whole) )*"
                            + "(?:system (?:prompt|message|instructions?)|initial (?:prompt|instructions?)"
                            + "|hidden (?:prompt|instructions?)|instructions (?:above|you were given))"
                            + "|what (?:is|are|was|were) your (?:(?:full|exact|original|initial|hidden|secret) )*"
                            + "(?:system prompt|system message|instructions|initial prompt)"
                            + "|repeat (?:all )?(?:the )?(?:words|text|everything) above)"),
            // chat-template tokens a user has no reason to type: <|im_start|>system, <|system|>, [INST], <<SYS>>
            technique(
                    "delimiter-spoofing",
                    "<\\s*\\|\\s*(?:im_start|im_end|system|user|assistant|endoftext|start_header_id|end_header_id|eot_id)"
                            + "\\s*\\|\\s*>|\\[/?INST]|<</?SYS>>"),
            // a line dressed as a role header: "### System:", "### Instruction:", "[system]", "System: you are"
            technique(
                    ROLE_HEADER_SPOOFING,
                    "(?m)^\\h*#{1,6}\\h*(?:system|assistant|developer|instructions?)(?:\\h+(?:prompt|message))?\\h*(?::|$)"
                            + "|^\\h*\\[(?:system|assistant|developer)]"
                            + "|^\\h*(?:system|assistant|developer)(?:\\h+(?:prompt|message))?\\h*:\\h*"
                            + "(?:you\\b|ignore\\b|from now on\\b|new instructions\\b)"));

    private static Technique technique(String name, String regex) {
        // a space in the source pattern stands for any gap between two words
        return new Technique(
                name, Pattern.compile(regex.replace(" ", GAP), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** The curated techniques, for tests and documentation. */
    static List<Technique> techniques() {
        return TECHNIQUES;
    }

    @Override
    public RailResult check(String input, GuardrailOptions options) {
        return new RailResult(input, find(input, Rail.PROMPT_INJECTION, options.mode(Rail.PROMPT_INJECTION)));
    }

    /** Whether the intervention reports a role header: no spoofing in what is a system message already. */
    static boolean isRoleHeader(Intervention intervention) {
        return intervention.detail().equals("prompt injection: " + ROLE_HEADER_SPOOFING);
    }

    /** The techniques found in {@code input}, reported as {@code rail} acting in {@code mode}; none when it is off. */
    static List<Intervention> find(String input, Rail rail, Action mode) {
        if (mode == Action.ALLOW) {
            return List.of();
        }
        InjectionText normalised = InjectionText.of(input);
        var interventions = new ArrayList<Intervention>();
        for (Technique technique : TECHNIQUES) {
            Matcher m = technique.pattern().matcher(normalised.text());
            if (m.find()) {
                int[] span = normalised.sourceSpan(m.start(), m.end());
                interventions.add(
                        new Intervention(rail, mode, "prompt injection: " + technique.name(), span[0], span[1]));
            }
        }
        interventions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return interventions;
    }
}
