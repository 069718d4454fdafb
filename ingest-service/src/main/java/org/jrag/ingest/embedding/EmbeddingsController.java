package org.jrag.ingest.embedding;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jrag.embedding.TextEmbedder;
import org.jrag.embedding.TextTokenizer;
import org.jrag.ingest.problem.InvalidParameterException;
import org.jrag.ingest.problem.UnknownModelException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * OpenAI's embeddings endpoint over the model the service indexes with, so that an OpenAI client (Spring AI's,
 * LangChain4j's) embeds exactly as stored chunks were embedded. A text longer than the model reads is refused, as
 * OpenAI refuses it, rather than cut without a word.
 */
@RestController
class EmbeddingsController {

    private final TextEmbedder embedder;

    EmbeddingsController(TextEmbedder embedder) {
        this.embedder = embedder;
    }

    @PostMapping(path = "/v1/embeddings", consumes = MediaType.APPLICATION_JSON_VALUE)
    EmbeddingsResponse embed(@RequestBody EmbeddingsRequest request) {
        // 1. check the request
        if (request.model() != null && !request.model().equals(embedder.modelName())) {
            throw new UnknownModelException(request.model(), embedder.modelName());
        }
        if (request.dimensions() != null && request.dimensions() != embedder.dimension()) {
            throw new InvalidParameterException(
                    "dimensions",
                    "must be " + embedder.dimension() + ", the length of " + embedder.modelName()
                            + "'s vectors (it cannot shorten them), got: " + request.dimensions());
        }
        List<String> texts = request.texts();
        boolean queries = request.queries();
        boolean base64 = request.base64();
        // 2. every text must fit the model whole
        TextTokenizer tokenizer = embedder.tokenizer();
        int limit = tokenizer.maxTokens() - tokenizer.specialTokens();
        int tokens = 0;
        for (int i = 0; i < texts.size(); i++) {
            String read = queries ? embedder.queryText(texts.get(i)) : embedder.passageText(texts.get(i));
            int count = tokenizer.countTokens(read);
            if (count > limit) {
                throw new InvalidParameterException(
                        texts.size() == 1 && request.input().isString() ? "input" : "input[" + i + "]",
                        "has " + count + " tokens, more than the " + limit + " " + embedder.modelName()
                                + " reads (split it, as ingestion chunks documents)");
            }
            tokens += count + tokenizer.specialTokens();
        }
        // 3. embed, in input order
        List<float[]> vectors = queries ? embedder.embedQueries(texts) : embedder.embedPassages(texts);
        List<EmbeddingsResponse.Embedding> data = new ArrayList<>(vectors.size());
        for (int i = 0; i < vectors.size(); i++) {
            data.add(EmbeddingsResponse.Embedding.of(i, base64 ? base64(vectors.get(i)) : floats(vectors.get(i))));
        }
        return EmbeddingsResponse.of(data, embedder.modelName(), tokens);
    }

    private static List<Float> floats(float[] vector) {
        List<Float> out = new ArrayList<>(vector.length);
        for (float v : vector) {
            out.add(v);
        }
        return out;
    }

    private static String base64(float[] vector) {
        ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(vector);
        return Base64.getEncoder().encodeToString(bytes.array());
    }
}
