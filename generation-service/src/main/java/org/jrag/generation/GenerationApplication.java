package org.jrag.generation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Answers questions: OpenAI-compatible completions over the inference engine, and RAG answers (generative or
 * extractive).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GenerationApplication {

    public static void main(String[] args) {
        SpringApplication.run(GenerationApplication.class, args);
    }
}
