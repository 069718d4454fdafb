package org.jrag.generation.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jrag.embedding.OnnxTextEmbedder;
import org.jrag.embedding.TextEmbedder;
import org.jrag.generation.extractive.BreakIteratorSentenceSplitter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Calibrates the grounding rail's default thresholds with the real bge-small-en-v1.5 embedder on hand-written
 * sentence/chunk pairs. Measured (cosine to the closest chunk sentence / content-word overlap):
 *
 * <ul>
 *   <li>unsupported sentences reached cosine 0.46-0.91 and overlap 0-0.67: on-topic claims the chunk does not make
 *       ("Paris is the capital of Germany" 0.909 / 0.67, "takes place in the mitochondria" 0.871 / 0.67) embed
 *       almost as close as paraphrases, so cosine alone cannot separate them;
 *   <li>supported paraphrases reached cosine 0.72-0.99 and overlap 0.43-0.88.
 * </ul>
 *
 * The defaults (cosine 0.92, overlap 0.75) sit just above the highest unsupported score on each axis, so no
 * unsupported sentence here passes; the price is that paraphrases which change most words are flagged (5 of the 9
 * supported rows below). The rail FLAGs by default, and a false flag costs a note while a passed unsupported claim
 * goes unseen, so precision wins.
 */
class GroundingRailCalibrationTests {

    private static final String PHOTOSYNTHESIS = "Photosynthesis converts sunlight, water and carbon dioxide into"
            + " glucose and oxygen. It takes place in the chloroplasts of plant cells.";
    private static final String EIFFEL = "The Eiffel Tower was completed in 1889 for the World's Fair in Paris."
            + " It is about 330 metres tall and made of wrought iron.";
    private static final String WALL = "The Great Wall of China stretches for more than 21,000 kilometres."
            + " Its oldest parts were built in the 7th century BC.";
    private static final String PARIS = "Paris is the capital of France. The Seine river flows through Paris.";
    private static final String ASPIRIN = "Aspirin reduces the risk of heart attack in adults with cardiovascular"
            + " disease. It can cause stomach bleeding in some patients.";

    /** The thresholds as Spring binds them when nothing is configured. */
    static final GuardrailProperties.Grounding DEFAULTS = new Binder(new MapConfigurationPropertySource())
            .bindOrCreate("rag.generation.guardrails", GuardrailProperties.class)
            .grounding();

    private static TextEmbedder embedder;
    private static GroundingRail rail;

    @BeforeAll
    static void loadEmbedder() {
        embedder = OnnxTextEmbedder.bgeSmallEnV15();
        rail = new GroundingRail(
                new BreakIteratorSentenceSplitter(), embedder, DEFAULTS.minSimilarity(), DEFAULTS.minOverlap());
    }

    @AfterAll
    static void closeEmbedder() {
        embedder.close();
    }

    /** sentence, chunk, whether it is really supported, the rail's verdict at the default thresholds. */
    static List<Object[]> pairs() {
        return List.of(
                // supported, and recognised
                row(
                        "Photosynthesis turns sunlight, water and carbon dioxide into glucose and oxygen.",
                        PHOTOSYNTHESIS,
                        true,
                        true),
                row("Chloroplasts in plant cells are where photosynthesis happens.", PHOTOSYNTHESIS, true, true),
                row("The Great Wall is over 21,000 kilometres long.", WALL, true, true),
                row(
                        "Aspirin lowers heart attack risk for adults who have cardiovascular disease.",
                        ASPIRIN,
                        true,
                        true),
                // supported, but reworded too far for these thresholds: flagged
                row("The Eiffel Tower is roughly 330 metres high.", EIFFEL, true, false),
                row("The tower, built of wrought iron, was finished in 1889.", EIFFEL, true, false),
                row("Its earliest sections date from the 7th century BC.", WALL, true, false),
                row("Plants make sugar and oxygen from light, water and CO2.", PHOTOSYNTHESIS, true, false),
                row("Some patients taking aspirin may experience bleeding in the stomach.", ASPIRIN, true, false),
                // not supported: every one flagged
                row("The Eiffel Tower was completed in 1925.", EIFFEL, false, false),
                row("The Eiffel Tower is painted bright red every spring.", EIFFEL, false, false),
                row("Photosynthesis also produces large amounts of nitrogen.", PHOTOSYNTHESIS, false, false),
                row("The Great Wall is clearly visible from the Moon with the naked eye.", WALL, false, false),
                row("Quarterly revenue grew by eight percent.", EIFFEL, false, false),
                row("Paris is the capital of Germany.", PARIS, false, false),
                row("Aspirin cures cancer in most adults.", ASPIRIN, false, false),
                row("Aspirin has no side effects in any patients.", ASPIRIN, false, false),
                row("The Eiffel Tower was designed by Gustave Eiffel's company.", EIFFEL, false, false),
                row("Photosynthesis takes place in the mitochondria of animal cells.", PHOTOSYNTHESIS, false, false),
                row("The Great Wall of China was built to keep out Mongol invaders.", WALL, false, false));
    }

    private static Object[] row(String sentence, String chunk, boolean reallySupported, boolean verdict) {
        return new Object[] {sentence, chunk, reallySupported, verdict};
    }

    @ParameterizedTest(name = "[{index}] supported={2}, verdict={3}: {0}")
    @MethodSource("pairs")
    void defaultThresholdsGiveTheCalibratedVerdict(
            String sentence, String chunk, boolean reallySupported, boolean verdict) {
        // when
        GroundingReport report = rail.check(sentence, List.of(chunk), Action.FLAG);

        // then
        assertThat(report.sentences()).hasSize(1);
        SentenceSupport support = report.sentences().getFirst();
        assertThat(support.supported()).as(support.toString()).isEqualTo(verdict);
        assertThat(report.interventions()).hasSize(verdict ? 0 : 1);
        if (!reallySupported) {
            // the margin: unsupported sentences stay clear of at least one threshold by a visible gap
            boolean belowSimilarity = support.similarity() <= DEFAULTS.minSimilarity() - 0.01;
            boolean belowOverlap = support.overlap() <= DEFAULTS.minOverlap() - 0.05;
            boolean numberMissing = !ContentWords.numbers(chunk).containsAll(ContentWords.numbers(sentence));
            assertThat(numberMissing || (belowSimilarity && belowOverlap))
                    .as(support.toString())
                    .isTrue();
        }
    }

    @Test
    void theDefaultsAreTheCalibratedOnes() {
        assertThat(DEFAULTS.minSimilarity()).isEqualTo(0.92);
        assertThat(DEFAULTS.minOverlap()).isEqualTo(0.75);
    }
}
