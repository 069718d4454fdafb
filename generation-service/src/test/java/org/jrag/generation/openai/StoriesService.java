package org.jrag.generation.openai;

import org.jrag.generation.TestModels;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service over real HTTP serving the real stories260K (with a chat template added) as {@code stories}. One
 * Spring context for every integration test that extends it.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "rag.generation.model-name=stories",
            "rag.generation.engine.kv-memory=16MB",
            "rag.generation.engine.max-running=8"
        })
public abstract class StoriesService extends ServiceClient {

    protected static final String MODEL = "stories";

    @DynamicPropertySource
    static void model(DynamicPropertyRegistry registry) {
        registry.add(
                "rag.generation.model-path",
                () -> TestModels.storiesWithChatTemplate().toString());
    }
}
