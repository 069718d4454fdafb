package org.jrag.generation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jrag.engine.gguf.GgufFile;
import org.jrag.engine.model.KvCacheType;
import org.jrag.engine.model.LlamaConfig;
import org.jrag.engine.serving.Speculation;
import org.jrag.generation.TestModels;
import org.jrag.generation.model.EngineProperties.SpeculationProperties;
import org.jrag.generation.model.EngineProperties.WarmupProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class ModelLoaderTests {

    private static EngineProperties engine(int contextLength, int kvBlocks, SpeculationProperties speculation) {
        return new EngineProperties(
                contextLength,
                16,
                kvBlocks,
                DataSize.ofMegabytes(8),
                KvCacheType.F32,
                4,
                8,
                64,
                true,
                speculation,
                null);
    }

    private static final SpeculationProperties OFF =
            new SpeculationProperties(SpeculationProperties.Mode.OFF, 3, 4, "");

    @Test
    void servesStoriesWithoutChatTemplateAndWithTheModelsContext() throws Exception {
        Path stories = TestModels.stories260K();

        try (ModelStatus status = ModelLoader.load(
                new ModelSource.Found(stories), new ModelProperties(stories.toString(), ""), engine(0, 0, OFF))) {
            ServedModel model = status.require();

            assertThat(model.id()).isEqualTo("stories260K");
            assertThat(model.contextLength()).isEqualTo(128);
            assertThat(model.endOfText()).containsExactly(2);
            assertThat(model.chatTemplate()).isNull();
            assertThat(model.noChatReason())
                    .isEqualTo("the model has no tokenizer.chat_template; it is not a chat model");
            assertThatThrownBy(model::requireChatTemplate)
                    .isInstanceOf(NoChatTemplateException.class)
                    .hasMessageStartingWith("model 'stories260K' cannot answer chat completions");
            assertThat(model.engine().options().speculation()).isEqualTo(new Speculation.Off());
            assertThat(model.engine().stats().kvBlocksTotal())
                    .isEqualTo(model.engine().options().kvBlocks());
            assertThat(status.describe()).isEqualTo(stories + " (loaded as 'stories260K')");
            assertThat(status.require("stories260K")).isSameAs(model);
            assertThatThrownBy(() -> status.require("gpt-4o"))
                    .isInstanceOf(UnknownModelException.class)
                    .hasMessage("model 'gpt-4o' does not exist; this service serves 'stories260K'");
        }
    }

    @Test
    void capsTheContextAtTheModelsAndReadsTheChatTemplate() throws Exception {
        Path chat = TestModels.storiesWithChatTemplate();

        try (ModelStatus status = ModelLoader.load(
                new ModelSource.Found(chat),
                new ModelProperties(chat.toString(), "stories"),
                engine(4096, 40, new SpeculationProperties(SpeculationProperties.Mode.PROMPT_LOOKUP, 2, 3, "")))) {
            ServedModel model = status.require("stories");

            assertThat(model.contextLength()).isEqualTo(128);
            assertThat(model.chatTemplate()).isNotNull();
            assertThat(model.endOfTurn()).contains(2);
            assertThat(model.engine().options().kvBlocks()).isEqualTo(40);
            assertThat(model.engine().options().speculation()).isEqualTo(new Speculation.PromptLookup(2, 3));
        }
    }

    @Test
    void servesADraftModelForSpeculation() throws Exception {
        Path stories = TestModels.stories260K();
        var speculation = new SpeculationProperties(SpeculationProperties.Mode.DRAFT_MODEL, 3, 4, stories.toString());

        try (ModelStatus status = ModelLoader.load(
                new ModelSource.Found(stories),
                new ModelProperties(stories.toString(), ""),
                engine(0, 0, speculation))) {
            assertThat(status.require().engine().options().speculation())
                    .isInstanceOfSatisfying(
                            Speculation.DraftModel.class,
                            d -> assertThat(d.maxDraft()).isEqualTo(4));
        }
    }

    @Test
    void aFileThatCannotBeServedLeavesTheServiceInExtractiveModeWithTheReason(@TempDir Path dir) throws Exception {
        Path broken = Files.write(dir.resolve("broken.gguf"), new byte[] {'G', 'G', 'U', 'F', 9, 9});

        try (ModelStatus status = ModelLoader.load(
                new ModelSource.Found(broken), new ModelProperties(broken.toString(), ""), engine(0, 0, OFF))) {
            assertThat(status).isInstanceOf(ModelStatus.Unavailable.class);
            assertThat(status.describe()).startsWith(broken + " failed to load: ");
            assertThatThrownBy(status::require)
                    .isInstanceOf(ModelUnavailableException.class)
                    .hasMessageStartingWith("no model is loaded (" + broken + " failed to load: ");
        }
    }

    @Test
    void sizesTheKvPoolFromTheMemoryBudgetButNeverBelowOneContext() {
        try (GgufFile file = GgufFile.open(TestModels.stories260K())) {
            LlamaConfig config = LlamaConfig.from(file.metadata());
            // K and V x 5 layers x 32 kv dims x 16 positions x 4 bytes = 20,480 bytes per block
            assertThat(ModelLoader.kvBlocks(config, engine(0, 0, OFF), 128)).isEqualTo(8 * 1024 * 1024 / 20_480);
            assertThat(ModelLoader.kvBlocks(config, engine(0, 0, OFF), 1_000_000))
                    .isEqualTo(62_500);
            assertThat(ModelLoader.kvBlocks(config, engine(0, 12, OFF), 128)).isEqualTo(12);
            // an F16 cache stores halves: twice the blocks in the same budget
            EngineProperties half =
                    new EngineProperties(0, 16, 0, DataSize.ofMegabytes(8), KvCacheType.F16, 4, 8, 64, true, OFF, null);
            assertThat(ModelLoader.kvBlocks(config, half, 128)).isEqualTo(8 * 1024 * 1024 / 10_240);
        }
    }

    @Test
    void rejectsEngineSettingsOutOfRange() {
        assertThatThrownBy(() ->
                        new EngineProperties(0, 16, 0, DataSize.ofBytes(0), KvCacheType.F32, 4, 8, 64, true, OFF, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rag.generation.engine.kv-memory must be > 0 when kv-blocks is 0, got: 0B");
        assertThatThrownBy(() -> new EngineProperties(
                        0, 16, 10, DataSize.ofMegabytes(1), KvCacheType.F32, 0, 8, 64, true, OFF, null))
                .hasMessage("rag.generation.engine.max-running must be >= 1, got: 0");
        assertThatThrownBy(() -> new SpeculationProperties(SpeculationProperties.Mode.DRAFT_MODEL, 3, 4, " "))
                .hasMessage("rag.generation.engine.speculation.draft-model-path must be set in draft-model mode");
        assertThatThrownBy(() -> new WarmupProperties(-1, Duration.ofSeconds(10)))
                .hasMessage("rag.generation.engine.warmup.rounds must be >= 0, got: -1");
        assertThatThrownBy(() -> new WarmupProperties(4, Duration.ofSeconds(-1)))
                .hasMessage("rag.generation.engine.warmup.budget must be >= 0, got: PT-1S");
    }

    @Test
    void warmsTheEngineUpBeforeServingAndSaysWhatRan() throws Exception {
        // given stories260K with 3 warm-up rounds (one request alone, then two, three and four at once)
        Path stories = TestModels.stories260K();
        EngineProperties props = new EngineProperties(
                0,
                16,
                0,
                DataSize.ofMegabytes(8),
                KvCacheType.F32,
                4,
                8,
                64,
                true,
                OFF,
                new WarmupProperties(3, Duration.ofMinutes(1)));
        try (ModelStatus status =
                ModelLoader.load(new ModelSource.Found(stories), new ModelProperties(stories.toString(), ""), props)) {
            ServedModel model = status.require();
            // then the rounds ran before the model was handed out, and the engine is idle and serves
            assertThat(model.warmup()).startsWith("3 rounds, 12 requests in ");
            assertThat(model.engine().stats().running()).isZero();
            assertThat(model.engine().stats().kvBlocksUsed()).isZero();
        }
        // and without rounds nothing runs
        try (ModelStatus status = ModelLoader.load(
                new ModelSource.Found(stories), new ModelProperties(stories.toString(), ""), engine(0, 0, OFF))) {
            assertThat(status.require().warmup()).isEqualTo("off");
        }
    }
}
