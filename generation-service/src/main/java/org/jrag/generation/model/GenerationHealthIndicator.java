package org.jrag.generation.model;

import org.jrag.generation.extractive.Answer;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Tells readiness probes how the service answers: in extractive mode it is ready (it needs no model), and
 * the details say which model path is configured and whether the file is there.
 */
class GenerationHealthIndicator implements HealthIndicator {

    private final ModelSource model;

    GenerationHealthIndicator(ModelSource model) {
        this.model = model;
    }

    @Override
    public Health health() {
        return Health.up()
                .withDetail("mode", Answer.EXTRACTIVE)
                .withDetail("model", model.describe())
                .build();
    }
}
