package org.jrag.generation.model;

import org.jrag.engine.serving.EngineStats;
import org.jrag.generation.extractive.Answer;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Tells readiness probes how the service answers. It is ready either way (the extractive mode needs no
 * model); the details say whether a model is loaded, and if not, why: none configured, file missing, or the
 * load error.
 */
class GenerationHealthIndicator implements HealthIndicator {

    private final ModelStatus status;

    GenerationHealthIndicator(ModelStatus status) {
        this.status = status;
    }

    @Override
    public Health health() {
        Health.Builder health = Health.up().withDetail("model", status.describe());
        return switch (status) {
            case ModelStatus.Unavailable unavailable ->
                health.withDetail("mode", Answer.EXTRACTIVE).build();
            case ModelStatus.Serving(ServedModel model) -> {
                EngineStats stats = model.engine().stats();
                yield health.withDetail("mode", "engine")
                        .withDetail("id", model.id())
                        .withDetail("contextLength", model.contextLength())
                        .withDetail("chat", model.chatTemplate() != null ? "yes" : model.noChatReason())
                        .withDetail("running", stats.running())
                        .withDetail("waiting", stats.waiting())
                        .withDetail("kvBlocksUsed", stats.kvBlocksUsed())
                        .withDetail("kvBlocksTotal", stats.kvBlocksTotal())
                        .withDetail("warmup", model.warmup())
                        .build();
            }
        };
    }
}
