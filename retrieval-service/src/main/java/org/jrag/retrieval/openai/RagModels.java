package org.jrag.retrieval.openai;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jrag.retrieval.collection.CollectionRepository;
import org.jrag.retrieval.collection.Visibility;
import org.springframework.stereotype.Component;

/**
 * The models an OpenAI client sees at {@code /v1/rag}: {@value #ALL}, answering from every collection, and
 * {@code rag/<collection>} for each collection.
 */
@Component
public class RagModels {

    /** The model that answers from every collection. */
    public static final String ALL = "rag";

    /** What a model that answers from one collection starts with. */
    public static final String PREFIX = "rag/";

    private final CollectionRepository collections;

    RagModels(CollectionRepository collections) {
        this.collections = collections;
    }

    /** The collection a model answers from: null for {@value #ALL} (or no model). */
    static String collection(String model) {
        if (model == null || model.isBlank() || model.equals(ALL)) {
            return null;
        }
        if (model.startsWith(PREFIX) && model.length() > PREFIX.length()) {
            return model.substring(PREFIX.length());
        }
        throw new UnknownRagModelException(model);
    }

    /** OpenAI's model list: {@value #ALL} first, then one model per visible collection, oldest first. */
    Map<String, Object> list(Visibility visible) {
        List<CollectionRepository.CollectionName> all = collections.all(visible);
        long first = all.isEmpty() ? 0 : all.getFirst().createdAt().getEpochSecond();
        var data = new ArrayList<Map<String, Object>>();
        data.add(model(ALL, first));
        all.forEach(c -> data.add(model(PREFIX + c.name(), c.createdAt().getEpochSecond())));
        var list = new LinkedHashMap<String, Object>();
        list.put("object", "list");
        list.put("data", data);
        return list;
    }

    private static Map<String, Object> model(String id, long created) {
        var model = new LinkedHashMap<String, Object>();
        model.put("id", id);
        model.put("object", "model");
        model.put("created", created);
        model.put("owned_by", "jrag");
        return model;
    }
}
