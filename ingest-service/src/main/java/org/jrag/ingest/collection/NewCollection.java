package org.jrag.ingest.collection;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jrag.ingest.chunking.ChunkingOptions;
import org.jrag.ingest.problem.InvalidCollectionNameException;
import org.jrag.ingest.problem.InvalidParameterException;
import org.jrag.personaldata.PiiKind;

/**
 * A collection about to be created, with a name the catalog accepts (the same pattern as its CHECK constraint, so a
 * bad name is a 400 with a reason rather than a constraint violation), its chunking options, already checked, and the
 * language of its documents (null: the service's default analysis), the kinds of personal data redacted from its
 * documents before they are stored, what its generative answers should be like ({@link #checkInstructions}), and its
 * search defaults (null: none).
 */
public record NewCollection(
        String name,
        String description,
        ChunkingOptions chunking,
        String language,
        List<String> redact,
        String instructions,
        SearchDefaults search) {

    /** The most characters a collection's instructions may take (as V26 checks). */
    public static final int MAX_INSTRUCTIONS_LENGTH = 4000;

    /** The language of a collection whose documents are each analyzed in the language told for them. */
    public static final String AUTO = "auto";

    /**
     * The languages whose analysis retrieval-service applies to a collection's chunks and queries, and {@link #AUTO}
     * (as V27 checks).
     */
    public static final List<String> LANGUAGES = List.of(
            "english",
            "standard",
            "german",
            "french",
            "spanish",
            "italian",
            "portuguese",
            "dutch",
            "swedish",
            "danish",
            "norwegian",
            "finnish",
            "russian",
            "czech",
            "hungarian",
            "romanian",
            "turkish",
            "greek",
            "arabic",
            "hindi",
            "cjk",
            "bulgarian",
            "catalan",
            "basque",
            "galician",
            "irish",
            "latvian",
            "lithuanian",
            "estonian",
            "indonesian",
            "persian",
            "armenian",
            "bengali",
            "serbian",
            "thai",
            "sorani",
            "nepali",
            "tamil",
            "telugu",
            "lao",
            "khmer",
            "burmese",
            AUTO);

    public static final String NAME_PATTERN = "^[a-z0-9][a-z0-9_-]{0,62}$";

    private static final Pattern NAME = Pattern.compile(NAME_PATTERN);

    public NewCollection {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidCollectionNameException(name, NAME_PATTERN);
        }
        if (description != null && description.isBlank()) {
            description = null;
        }
        if (chunking == null) {
            chunking = ChunkingOptions.none();
        }
        language = checkLanguage(language);
        redact = checkRedact(redact);
        instructions = checkInstructions(instructions);
        if (search != null && search.isEmpty()) {
            search = null;
        }
    }

    public NewCollection(
            String name, String description, ChunkingOptions chunking, String language, List<String> redact) {
        this(name, description, chunking, language, redact, null, null);
    }

    public NewCollection(String name, String description, ChunkingOptions chunking, String language) {
        this(name, description, chunking, language, List.of());
    }

    public NewCollection(String name, String description) {
        this(name, description, ChunkingOptions.none(), null, List.of());
    }

    /**
     * Instructions for the collection's generative answers ("Answer in German."), which retrieval-service adds to the
     * grounded prompt's own instruction: stripped, at most {@value #MAX_INSTRUCTIONS_LENGTH} characters; null when
     * blank.
     */
    public static String checkInstructions(String instructions) {
        if (instructions == null || instructions.isBlank()) {
            return null;
        }
        String stripped = instructions.strip();
        if (stripped.length() > MAX_INSTRUCTIONS_LENGTH) {
            throw new InvalidParameterException(
                    "instructions",
                    "must be at most " + MAX_INSTRUCTIONS_LENGTH + " characters, got: " + stripped.length());
        }
        return stripped;
    }

    /**
     * The kinds of personal data to redact, by their names ({@code email}, {@code phone}, {@code card}, {@code iban},
     * {@code ssn}), lower case, in that order and without repeats; empty for none (null too).
     */
    public static List<String> checkRedact(List<String> kinds) {
        if (kinds == null) {
            return List.of();
        }
        var checked = EnumSet.noneOf(PiiKind.class);
        for (String kind : kinds) {
            try {
                checked.add(PiiKind.of(kind));
            } catch (IllegalArgumentException e) {
                throw new InvalidParameterException("redact", "must name kinds of personal data: " + e.getMessage());
            }
        }
        return checked.stream().map(k -> k.name().toLowerCase(Locale.ROOT)).toList();
    }

    /** The language, lower case, if it is one of {@link #LANGUAGES}; null for none. */
    public static String checkLanguage(String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        String lower = language.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(lower)) {
            throw new InvalidParameterException(
                    "language", "must be one of " + LANGUAGES + " or null, got: '" + language + "'");
        }
        return lower;
    }
}
