package org.jrag.generation.model;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ModelConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ModelConfiguration.class);

    @Bean
    ModelSource modelSource(ModelProperties properties) {
        ModelSource source = ModelSource.of(properties);
        switch (source) {
            case ModelSource.None none -> log.info("No model configured (RAG_MODEL_PATH): extractive mode");
            case ModelSource.Missing missing ->
                log.warn("Model file {} does not exist: starting in extractive mode", missing.path());
            case ModelSource.Found found -> log.info("Loading model {}", found.path());
        }
        return source;
    }

    /** Closed with the context: stops the engine's scheduler and unmaps the model. */
    @Bean
    ModelStatus modelStatus(ModelSource source, ModelProperties model, EngineProperties engine) {
        return ModelLoader.load(source, model, engine);
    }

    /** Named so the health contributor is {@code generation}, which the readiness group includes. */
    @Bean
    GenerationHealthIndicator generationHealthIndicator(ModelStatus modelStatus) {
        return new GenerationHealthIndicator(modelStatus);
    }
}
