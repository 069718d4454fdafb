package org.jrag.retrieval.hyde;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Drafts hypothetical passages with generation-service's OpenAI-compatible {@code POST /v1/completions}. It first
 * asks {@code GET /v1/models} which model is loaded (cached for {@code modelsTtl}): an empty list means
 * generation-service runs in extractive mode, which cannot write free text, and HyDE reports itself unavailable
 * instead of pretending. Failures are reported the same way, so a search never fails because HyDE could not run.
 */
public final class CompletionsHypotheticalDocumentGenerator implements HypotheticalDocumentGenerator {

    static final String EXTRACTIVE = "generation-service runs in extractive mode";

    private final RestClient http;
    private final String baseUrl;
    private final HydeProperties properties;
    private final Clock clock;
    private volatile ModelProbe probe;

    public CompletionsHypotheticalDocumentGenerator(
            RestClient http, String baseUrl, HydeProperties properties, Clock clock) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Hypothesis draft(String query) {
        ModelProbe models = models();
        if (models.failure() != null) {
            return new Hypothesis.Unavailable(models.failure());
        }
        if (models.model() == null) {
            return new Hypothesis.Unavailable(EXTRACTIVE);
        }
        try {
            Completion completion = http.post()
                    .uri("/v1/completions")
                    .body(new CompletionRequest(
                            models.model(), properties.prompt().formatted(query), properties.maxTokens(), 0.0))
                    .retrieve()
                    .body(Completion.class);
            if (completion == null
                    || completion.choices() == null
                    || completion.choices().isEmpty()) {
                return new Hypothesis.Unavailable("generation-service at " + baseUrl + " returned no completion");
            }
            String text = completion.choices().getFirst().text();
            if (text == null || text.isBlank()) {
                return new Hypothesis.Unavailable("generation-service at " + baseUrl + " returned an empty completion");
            }
            return new Hypothesis.Drafted(text.strip());
        } catch (RestClientException e) {
            return new Hypothesis.Unavailable(
                    "generation-service at " + baseUrl + " failed to complete: " + e.getMessage());
        }
    }

    /** The loaded model's id (null in extractive mode), re-read once {@code modelsTtl} has passed. */
    private ModelProbe models() {
        ModelProbe current = probe;
        Instant now = clock.instant();
        if (current != null && now.isBefore(current.validUntil())) {
            return current;
        }
        ModelProbe fresh;
        try {
            ModelList list = http.get().uri("/v1/models").retrieve().body(ModelList.class);
            String model = list == null || list.data() == null || list.data().isEmpty()
                    ? null
                    : list.data().getFirst().id();
            fresh = new ModelProbe(model, null, now.plus(properties.modelsTtl()));
        } catch (RestClientException e) {
            // a failed probe is retried on the next search rather than cached
            fresh = new ModelProbe(
                    null, "generation-service at " + baseUrl + " is unreachable: " + e.getMessage(), now);
        }
        probe = fresh;
        return fresh;
    }

    private record ModelProbe(String model, String failure, Instant validUntil) {}

    /** OpenAI completions request; {@code max_tokens} keeps the wire name. */
    record CompletionRequest(
            String model,
            String prompt,
            @JsonProperty("max_tokens") int maxTokens,
            double temperature) {}

    record Completion(List<Choice> choices) {}

    record Choice(String text) {}

    record ModelList(List<Model> data) {}

    record Model(String id) {}
}
