package org.jrag.eval.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A way of searching to evaluate: a name for the report and the fields it adds to {@code POST /v1/search}. This is
 * the extension point for new retrieval features: {@link #BUILT_IN} lists the modes every retrieval-service has, and
 * {@code --mode name='{"mode":"hybrid","rerank":true}'} adds one without a code change.
 */
public record EvalMode(String name, Map<String, Object> requestFields) {

    /** The modes of the foundation's {@code /v1/search}. */
    public static final List<EvalMode> BUILT_IN = List.of(
            new EvalMode("bm25", Map.of("mode", "bm25")),
            new EvalMode("dense", Map.of("mode", "dense")),
            new EvalMode("hybrid", Map.of("mode", "hybrid")));

    public EvalMode {
        if (name == null || !name.matches("[a-z0-9][a-z0-9_+.-]*")) {
            throw new IllegalArgumentException("mode name must match [a-z0-9][a-z0-9_+.-]*, got: '" + name + "'");
        }
        requestFields = Map.copyOf(requestFields);
    }

    /** This mode with {@code extra} request fields added (they win over the mode's own). */
    public EvalMode with(String newName, Map<String, Object> extra) {
        Map<String, Object> fields = new LinkedHashMap<>(requestFields);
        fields.putAll(extra);
        return new EvalMode(newName, fields);
    }
}
