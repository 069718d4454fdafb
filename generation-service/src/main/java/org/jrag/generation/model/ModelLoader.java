package org.jrag.generation.model;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jrag.engine.chat.ChatTemplate;
import org.jrag.engine.chat.UnsupportedChatTemplateException;
import org.jrag.engine.gguf.GgufFile;
import org.jrag.engine.model.LlamaConfig;
import org.jrag.engine.model.LlamaModel;
import org.jrag.engine.model.PagedKvCache;
import org.jrag.engine.serving.BatchForward;
import org.jrag.engine.serving.EngineOptions;
import org.jrag.engine.serving.InferenceEngine;
import org.jrag.engine.serving.Speculation;
import org.jrag.engine.serving.Warmup;
import org.jrag.engine.tokenizer.Tokenizer;
import org.jrag.engine.tokenizer.Vocabulary;
import org.jrag.generation.model.EngineProperties.SpeculationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the configured GGUF model and starts its engine. A file that cannot be served (bad format, unsupported
 * architecture or tokenizer) does not stop the service: it answers in extractive mode and says why.
 */
final class ModelLoader {

    private static final Logger log = LoggerFactory.getLogger(ModelLoader.class);

    private ModelLoader() {}

    static ModelStatus load(ModelSource source, ModelProperties model, EngineProperties engine) {
        return switch (source) {
            case ModelSource.None none -> new ModelStatus.Unavailable(none.describe());
            case ModelSource.Missing missing -> new ModelStatus.Unavailable(missing.describe());
            case ModelSource.Found(Path path) -> {
                try {
                    yield new ModelStatus.Serving(serve(path, model, engine));
                } catch (RuntimeException e) {
                    log.error("Model {} cannot be served: extractive mode only", path, e);
                    yield new ModelStatus.Unavailable(path + " failed to load: " + e.getMessage());
                }
            }
        };
    }

    static ServedModel serve(Path path, ModelProperties properties, EngineProperties engine) {
        List<AutoCloseable> resources = new ArrayList<>();
        GgufFile file = GgufFile.open(path);
        resources.add(file);
        try {
            // 1. weights and tokenizer
            LlamaModel llama = LlamaModel.load(file);
            Tokenizer tokenizer = Tokenizer.from(file.metadata());
            Vocabulary vocab = tokenizer.vocabulary();
            Set<Integer> endOfText = new HashSet<>();
            if (vocab.eosId() >= 0) {
                endOfText.add(vocab.eosId());
            }
            file.metadata().findLong("tokenizer.ggml.eot_token_id").ifPresent(id -> endOfText.add(id.intValue()));

            // 2. the chat template, when there is one
            ChatTemplate template = null;
            String noChatReason = null;
            Set<Integer> endOfTurn = new HashSet<>(endOfText);
            try {
                template = ChatTemplate.from(file.metadata(), vocab);
                for (String end : template.endOfTurn()) {
                    if (vocab.id(end) >= 0) {
                        endOfTurn.add(vocab.id(end));
                    }
                }
            } catch (UnsupportedChatTemplateException e) {
                noChatReason = e.getMessage();
            }

            // 3. context and KV pool
            LlamaConfig config = llama.config();
            int context = engine.contextLength() == 0
                    ? config.contextLength()
                    : Math.min(engine.contextLength(), config.contextLength());
            int kvBlocks = kvBlocks(config, engine, context);

            // 4. speculation (a draft model gets its own cache with the same block layout)
            Speculation speculation = speculation(engine, kvBlocks, resources);

            // 5. the engine
            BatchForward forward =
                    BatchForward.of(llama, llama.newPagedKvCache(kvBlocks, engine.blockSize(), engine.kvCacheType()));
            EngineOptions options = new EngineOptions(
                    engine.blockSize(),
                    kvBlocks,
                    engine.maxRunning(),
                    engine.maxQueued(),
                    engine.stepTokenBudget(),
                    engine.prefixCaching(),
                    speculation,
                    context);
            InferenceEngine inference = new InferenceEngine(forward, options);

            // 6. warm-up: synthetic requests before the first real one, so that the kernels are compiled
            String warmup;
            try {
                warmup = warmUp(inference, config, engine.warmup());
            } catch (RuntimeException e) {
                inference.close(); // before the files it reads are closed below
                throw e;
            }
            String id = properties.idFor(path);
            log.info(
                    "Serving {} as '{}': context {}, {} KV blocks of {} ({}), max running {}, max queued {},"
                            + " step budget {}, prefix caching {}, speculation {}, chat template {}",
                    path,
                    id,
                    context,
                    kvBlocks,
                    engine.blockSize(),
                    engine.kvCacheType(),
                    engine.maxRunning(),
                    engine.maxQueued(),
                    engine.stepTokenBudget(),
                    engine.prefixCaching(),
                    speculation,
                    template == null ? "none" : template.getClass().getSimpleName());
            log.info("Warm-up of '{}': {}", id, warmup);
            return new ServedModel(
                    id,
                    path,
                    Instant.now().getEpochSecond(),
                    tokenizer,
                    template,
                    noChatReason,
                    context,
                    endOfText,
                    endOfTurn,
                    inference,
                    warmup,
                    resources);
        } catch (RuntimeException e) {
            closeQuietly(resources, e);
            throw e;
        }
    }

    /** Runs the warm-up rounds (none when {@code rounds} is 0) and describes what ran. */
    static String warmUp(InferenceEngine engine, LlamaConfig config, EngineProperties.WarmupProperties warmup) {
        if (warmup.rounds() == 0) {
            return "off";
        }
        return Warmup.run(engine, config.vocabSize(), Warmup.Plan.of(warmup.rounds(), warmup.budget()))
                .describe();
    }

    /**
     * Blocks in the pool: the configured count, else what the memory budget holds, but never fewer than one full
     * context needs (a budget too small for one sequence would refuse every long prompt).
     */
    static int kvBlocks(LlamaConfig config, EngineProperties engine, int context) {
        int oneContext = Math.ceilDiv(context, engine.blockSize());
        if (engine.kvBlocks() > 0) {
            return engine.kvBlocks();
        }
        long fit = engine.kvMemory().toBytes()
                / PagedKvCache.bytesPerBlock(config, engine.blockSize(), engine.kvCacheType());
        return (int) Math.max(oneContext, Math.min(fit, Integer.MAX_VALUE));
    }

    private static Speculation speculation(EngineProperties engine, int kvBlocks, List<AutoCloseable> resources) {
        SpeculationProperties s = engine.speculation();
        return switch (s.mode()) {
            case OFF -> new Speculation.Off();
            case PROMPT_LOOKUP -> new Speculation.PromptLookup(s.ngram(), s.maxDraft());
            case DRAFT_MODEL -> {
                GgufFile draftFile = GgufFile.open(Path.of(s.draftModelPath()));
                resources.add(draftFile);
                LlamaModel draft = LlamaModel.load(draftFile);
                yield new Speculation.DraftModel(
                        BatchForward.of(
                                draft, draft.newPagedKvCache(kvBlocks, engine.blockSize(), engine.kvCacheType())),
                        s.maxDraft());
            }
        };
    }

    private static void closeQuietly(List<AutoCloseable> resources, RuntimeException failure) {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                failure.addSuppressed(e);
            }
        }
    }
}
