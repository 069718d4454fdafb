package org.jrag.engine.constrain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles the subset of JSON Schema (draft 2020-12 / OpenAI structured outputs) that a token mask can enforce
 * into a {@link JsonGrammar}. Keywords it cannot enforce are refused with an {@link IllegalArgumentException}
 * naming them; only annotations, whose omission cannot let an invalid value through, are ignored.
 */
final class SchemaCompiler {
    /** Keywords that describe but never constrain. */
    private static final Set<String> ANNOTATIONS = Set.of(
            "title",
            "description",
            "$comment",
            "examples",
            "default",
            "deprecated",
            "readOnly",
            "writeOnly",
            "$schema",
            "$id",
            "$defs",
            "definitions");

    private static final Set<String> KEYWORDS = Set.of(
            "type",
            "properties",
            "required",
            "additionalProperties",
            "items",
            "minItems",
            "maxItems",
            "uniqueItems",
            "minimum",
            "maximum",
            "exclusiveMinimum",
            "exclusiveMaximum",
            "minLength",
            "maxLength",
            "enum",
            "const",
            "anyOf",
            "oneOf",
            "allOf",
            "$ref",
            "nullable");

    private static final Set<String> TYPES =
            Set.of("object", "array", "string", "integer", "number", "boolean", "null");

    private final Object root;
    private final Set<String> resolving = new HashSet<>();

    private SchemaCompiler(Object root) {
        this.root = root;
    }

    /** @throws IllegalArgumentException for malformed JSON, invalid schemas, and unsupported keywords */
    static JsonGrammar compile(String schemaJson) {
        Object root = JsonReader.read(schemaJson);
        return new SchemaCompiler(root).schema(root, "#");
    }

    private JsonGrammar schema(Object node, String path) {
        if (node instanceof Boolean b) {
            if (b) {
                return JsonGrammar.anyValue();
            }
            throw new IllegalArgumentException("schema " + path + " is false: no value can match it");
        }
        if (!(node instanceof Map<?, ?> raw)) {
            throw new IllegalArgumentException("schema " + path + " must be an object or a boolean");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> s = (Map<String, Object>) raw;
        for (String key : s.keySet()) {
            if (!KEYWORDS.contains(key) && !ANNOTATIONS.contains(key)) {
                throw new IllegalArgumentException("unsupported JSON Schema keyword '" + key + "' at " + path);
            }
        }
        if (s.containsKey("$ref")) {
            onlyAnnotationsBeside("$ref", s, path);
            return ref(s.get("$ref"), path);
        }
        if (s.containsKey("allOf")) {
            onlyAnnotationsBeside("allOf", s, path);
            List<Object> all = list(s.get("allOf"), "allOf", path);
            if (all.size() != 1) {
                throw new IllegalArgumentException(
                        "unsupported JSON Schema keyword 'allOf' at " + path + " with more than one schema");
            }
            return schema(all.getFirst(), path + "/allOf/0");
        }
        if (s.containsKey("anyOf") || s.containsKey("oneOf")) {
            String keyword = s.containsKey("anyOf") ? "anyOf" : "oneOf";
            onlyAnnotationsBeside(keyword, s, path);
            return union(keyword, list(s.get(keyword), keyword, path), path);
        }
        if (Boolean.TRUE.equals(s.get("uniqueItems"))) {
            throw new IllegalArgumentException("unsupported JSON Schema keyword 'uniqueItems' at " + path);
        }
        List<String> types = types(s, path);
        if (s.containsKey("enum") || s.containsKey("const")) {
            return literals(s, types, path);
        }
        if (types.isEmpty()) {
            return JsonGrammar.anyValue();
        }
        JsonGrammar[] alternatives = new JsonGrammar[types.size()];
        for (int i = 0; i < alternatives.length; i++) {
            alternatives[i] = typed(types.get(i), s, path);
        }
        return alternatives.length == 1 ? alternatives[0] : new JsonGrammar.Union(alternatives);
    }

    /** The declared types (deduplicated, nullable adds null), else the one implied by the keywords used, else none. */
    private static List<String> types(Map<String, Object> s, String path) {
        Set<String> types = new LinkedHashSet<>();
        Object type = s.get("type");
        if (type instanceof String t) {
            types.add(t);
        } else if (type instanceof List<?> l) {
            if (l.isEmpty()) {
                throw new IllegalArgumentException("'type' at " + path + " must not be an empty array");
            }
            for (Object t : l) {
                if (!(t instanceof String name)) {
                    throw new IllegalArgumentException("'type' at " + path + " must hold type names, got: " + t);
                }
                types.add(name);
            }
        } else if (type != null) {
            throw new IllegalArgumentException("'type' at " + path + " must be a string or an array, got: " + type);
        } else if (s.containsKey("properties") || s.containsKey("required") || s.containsKey("additionalProperties")) {
            types.add("object");
        } else if (s.containsKey("items") || s.containsKey("minItems") || s.containsKey("maxItems")) {
            types.add("array");
        } else if (s.containsKey("minLength") || s.containsKey("maxLength")) {
            types.add("string");
        }
        for (String t : types) {
            if (!TYPES.contains(t)) {
                throw new IllegalArgumentException("unknown type '" + t + "' at " + path + " (known: " + TYPES + ")");
            }
        }
        if (Boolean.TRUE.equals(s.get("nullable")) && !types.isEmpty()) {
            types.add("null");
        }
        return List.copyOf(types);
    }

    private JsonGrammar typed(String type, Map<String, Object> s, String path) {
        return switch (type) {
            case "object" -> object(s, path);
            case "array" -> array(s, path);
            case "string" ->
                new JsonGrammar.Text(count(s, "minLength", 0, path), count(s, "maxLength", Integer.MAX_VALUE, path));
            case "integer" -> integer(s, path);
            case "number" -> number(s, path);
            case "boolean" -> JsonGrammar.literals("true", "false");
            case "null" -> JsonGrammar.literals("null");
            default -> throw new IllegalArgumentException("unknown type '" + type + "' at " + path);
        };
    }

    private static final List<String> BOUNDS = List.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum");

    /** An integer within minimum/maximum (inclusive) and exclusiveMinimum/exclusiveMaximum (2020-12: numbers). */
    private static JsonGrammar integer(Map<String, Object> s, String path) {
        BigDecimal limit = BigDecimal.valueOf(JsonGrammar.Numeric.LIMIT);
        BigDecimal lo = limit.negate();
        BigDecimal hi = limit;
        for (String bound : BOUNDS) {
            if (!s.containsKey(bound)) {
                continue;
            }
            if (!(s.get(bound) instanceof BigDecimal v)) {
                throw new IllegalArgumentException(
                        "'" + bound + "' at " + path + " must be a number, got: " + s.get(bound));
            }
            lo = switch (bound) {
                case "minimum" -> lo.max(v.setScale(0, RoundingMode.CEILING));
                case "exclusiveMinimum" ->
                    lo.max(v.setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE));
                default -> lo;
            };
            hi = switch (bound) {
                case "maximum" -> hi.min(v.setScale(0, RoundingMode.FLOOR));
                case "exclusiveMaximum" ->
                    hi.min(v.setScale(0, RoundingMode.CEILING).subtract(BigDecimal.ONE));
                default -> hi;
            };
        }
        if (lo.compareTo(hi) > 0) {
            throw new IllegalArgumentException(
                    "no integer of at most " + JsonMatcher.MAX_DIGITS + " digits satisfies the bounds at " + path);
        }
        return new JsonGrammar.Numeric(true, lo.longValueExact(), hi.longValueExact());
    }

    /** A number; minimum/maximum only when integral (a fraction is then free strictly inside the bounds). */
    private static JsonGrammar number(Map<String, Object> s, String path) {
        for (String bound : BOUNDS) {
            Object v = s.get(bound);
            if (v != null && (bound.startsWith("exclusive") || !(v instanceof BigDecimal d) || !isInteger(d))) {
                throw new IllegalArgumentException("unsupported JSON Schema keyword '" + bound + "' at " + path
                        + " for type number (only integral minimum and maximum are enforced)");
            }
        }
        JsonGrammar.Numeric range = (JsonGrammar.Numeric) integer(s, path);
        return new JsonGrammar.Numeric(false, range.min, range.max);
    }

    private JsonGrammar object(Map<String, Object> s, String path) {
        Object additional = s.get("additionalProperties");
        if (additional != null && !(additional instanceof Boolean) && !(additional instanceof Map)) {
            throw new IllegalArgumentException("'additionalProperties' at " + path + " must be a boolean or a schema");
        }
        Set<String> required = new LinkedHashSet<>();
        if (s.containsKey("required")) {
            for (Object r : list(s.get("required"), "required", path)) {
                if (!(r instanceof String name)) {
                    throw new IllegalArgumentException("'required' at " + path + " must hold strings, got: " + r);
                }
                required.add(name);
            }
        }
        if (!s.containsKey("properties")) {
            if (!required.isEmpty()) {
                throw new IllegalArgumentException(
                        "required properties " + required + " at " + path + " are not declared in 'properties'");
            }
            if (Boolean.FALSE.equals(additional)) {
                return new JsonGrammar.Properties(new String[0], new JsonGrammar[0], new boolean[0]);
            }
            // no declared properties: any names, values of the additionalProperties schema (any value by default)
            JsonGrammar values = additional instanceof Map
                    ? schema(additional, path + "/additionalProperties")
                    : JsonGrammar.anyValue();
            return new JsonGrammar.Dictionary(values);
        }
        if (!(s.get("properties") instanceof Map<?, ?> properties)) {
            throw new IllegalArgumentException("'properties' at " + path + " must be an object");
        }
        for (String r : required) {
            if (!properties.containsKey(r)) {
                throw new IllegalArgumentException(
                        "required property '" + r + "' at " + path + " is not declared in 'properties'");
            }
        }
        // only declared properties are written, in declared order, which satisfies any additionalProperties
        int n = properties.size();
        String[] names = new String[n];
        JsonGrammar[] values = new JsonGrammar[n];
        boolean[] isRequired = new boolean[n];
        int i = 0;
        for (Map.Entry<?, ?> e : properties.entrySet()) {
            names[i] = (String) e.getKey();
            values[i] = schema(e.getValue(), path + "/properties/" + names[i]);
            isRequired[i] = required.contains(names[i]);
            i++;
        }
        return new JsonGrammar.Properties(names, values, isRequired);
    }

    private JsonGrammar array(Map<String, Object> s, String path) {
        Object items = s.get("items");
        if (items instanceof List) {
            throw new IllegalArgumentException(
                    "unsupported JSON Schema keyword 'items' at " + path + " in tuple (array) form");
        }
        JsonGrammar item = items == null ? JsonGrammar.anyValue() : schema(items, path + "/items");
        int min = count(s, "minItems", 0, path);
        int max = count(s, "maxItems", Integer.MAX_VALUE, path);
        if (max < min) {
            throw new IllegalArgumentException("maxItems " + max + " < minItems " + min + " at " + path);
        }
        return new JsonGrammar.Array(item, min, max);
    }

    private JsonGrammar literals(Map<String, Object> s, List<String> types, String path) {
        List<Object> values = s.containsKey("const") ? List.of(nullSafe(s.get("const"))) : enumValues(s, path);
        int minLength = count(s, "minLength", 0, path);
        int maxLength = count(s, "maxLength", Integer.MAX_VALUE, path);
        Set<String> texts = new LinkedHashSet<>();
        for (Object v : values) {
            String kind = kind(v, path);
            boolean typeFits = types.isEmpty()
                    || types.contains(kind)
                    || (kind.equals("integer") && types.contains("number"))
                    || (kind.equals("number") && types.contains("integer") && isInteger((BigDecimal) v));
            if (!typeFits) {
                continue;
            }
            if (v instanceof String str) {
                int len = str.codePointCount(0, str.length());
                if (len < minLength || len > maxLength) {
                    continue;
                }
            }
            texts.add(json(v));
        }
        if (texts.isEmpty()) {
            throw new IllegalArgumentException(
                    "no value of 'enum'/'const' at " + path + " fits the schema's other keywords");
        }
        byte[][] bytes = new byte[texts.size()][];
        int i = 0;
        for (String t : texts) {
            bytes[i++] = t.getBytes(StandardCharsets.UTF_8);
        }
        return new JsonGrammar.Literals(bytes);
    }

    private static List<Object> enumValues(Map<String, Object> s, String path) {
        List<Object> values = list(s.get("enum"), "enum", path);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("'enum' at " + path + " must not be empty");
        }
        List<Object> out = new ArrayList<>(values.size());
        for (Object v : values) {
            out.add(nullSafe(v));
        }
        return out;
    }

    private static Object nullSafe(Object v) {
        return v == null ? NULL : v;
    }

    private static final Object NULL = new Object();

    private static String kind(Object v, String path) {
        if (v == NULL) {
            return "null";
        }
        return switch (v) {
            case String x -> "string";
            case Boolean x -> "boolean";
            case BigDecimal d -> isInteger(d) ? "integer" : "number";
            default ->
                throw new IllegalArgumentException("'enum'/'const' at " + path
                        + " may only hold strings, numbers, booleans and null (objects and arrays are unsupported)");
        };
    }

    private static boolean isInteger(BigDecimal d) {
        return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
    }

    private static String json(Object v) {
        if (v == NULL) {
            return "null";
        }
        return switch (v) {
            case String str -> JsonGrammar.encode(str);
            case BigDecimal d -> d.toString();
            default -> v.toString();
        };
    }

    private JsonGrammar union(String keyword, List<Object> schemas, String path) {
        if (schemas.isEmpty()) {
            throw new IllegalArgumentException("'" + keyword + "' at " + path + " must not be empty");
        }
        JsonGrammar[] alternatives = new JsonGrammar[schemas.size()];
        for (int i = 0; i < alternatives.length; i++) {
            alternatives[i] = schema(schemas.get(i), path + "/" + keyword + "/" + i);
        }
        if (keyword.equals("oneOf")) {
            // a value that fits two alternatives breaks oneOf: only provably disjoint alternatives are enforceable
            for (int i = 0; i < alternatives.length; i++) {
                for (int j = i + 1; j < alternatives.length; j++) {
                    if (!disjoint(alternatives[i], alternatives[j])) {
                        throw new IllegalArgumentException("unsupported JSON Schema keyword 'oneOf' at " + path
                                + ": alternatives " + i + " and " + j
                                + " may match the same value (use anyOf, distinct types, or a required const"
                                + " discriminator property)");
                    }
                }
            }
        }
        return alternatives.length == 1 ? alternatives[0] : new JsonGrammar.Union(alternatives);
    }

    /** Whether no JSON value fits both grammars, by kinds, literal sets, or a required discriminator property. */
    private static boolean disjoint(JsonGrammar a, JsonGrammar b) {
        if (a instanceof JsonGrammar.Union u) {
            for (JsonGrammar alt : u.alternatives) {
                if (!disjoint(alt, b)) {
                    return false;
                }
            }
            return true;
        }
        if (b instanceof JsonGrammar.Union) {
            return disjoint(b, a);
        }
        Set<String> ka = kinds(a);
        Set<String> kb = kinds(b);
        if (ka.stream().noneMatch(kb::contains)) {
            return true;
        }
        if (a instanceof JsonGrammar.Literals la && b instanceof JsonGrammar.Literals lb) {
            for (byte[] x : la.texts) {
                for (byte[] y : lb.texts) {
                    if (Arrays.equals(x, y) || kinds(la).contains("number")) {
                        return false;
                    }
                }
            }
            return true;
        }
        if (a instanceof JsonGrammar.Properties pa && b instanceof JsonGrammar.Properties pb) {
            for (int i = 0; i < pa.keys.length; i++) {
                for (int j = 0; j < pb.keys.length; j++) {
                    if (pa.firstRequired[i] == i
                            && pb.firstRequired[j] == j
                            && Arrays.equals(pa.keys[i], pb.keys[j])
                            && pa.values[i] instanceof JsonGrammar.Literals
                            && pb.values[j] instanceof JsonGrammar.Literals
                            && disjoint(pa.values[i], pb.values[j])) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** JSON kinds a grammar's values may have; integer and number both count as number. */
    private static Set<String> kinds(JsonGrammar g) {
        return switch (g) {
            case JsonGrammar.Literals l -> {
                Set<String> kinds = new HashSet<>();
                for (byte[] t : l.texts) {
                    kinds.add(
                            switch (t[0]) {
                                case '"' -> "string";
                                case 't', 'f' -> "boolean";
                                case 'n' -> "null";
                                default -> "number";
                            });
                }
                yield kinds;
            }
            case JsonGrammar.Text t -> Set.of("string");
            case JsonGrammar.Numeric n -> Set.of("number");
            case JsonGrammar.Properties p -> Set.of("object");
            case JsonGrammar.Dictionary d -> Set.of("object");
            case JsonGrammar.Array a -> Set.of("array");
            case JsonGrammar.Union u -> {
                Set<String> kinds = new HashSet<>();
                for (JsonGrammar alt : u.alternatives) {
                    kinds.addAll(kinds(alt));
                }
                yield kinds;
            }
        };
    }

    private JsonGrammar ref(Object ref, String path) {
        if (!(ref instanceof String pointer)) {
            throw new IllegalArgumentException("'$ref' at " + path + " must be a string");
        }
        String[] parts = pointer.split("/", -1);
        if (parts.length != 3
                || !parts[0].equals("#")
                || !(parts[1].equals("$defs") || parts[1].equals("definitions"))) {
            throw new IllegalArgumentException("unsupported JSON Schema keyword '$ref' at " + path + ": " + pointer
                    + " (only #/$defs/<name> and #/definitions/<name> are supported)");
        }
        String name = parts[2].replace("~1", "/").replace("~0", "~");
        Object defs = root instanceof Map<?, ?> m ? m.get(parts[1]) : null;
        if (!(defs instanceof Map<?, ?> d) || !d.containsKey(name)) {
            throw new IllegalArgumentException("'$ref' at " + path + " points to a missing definition: " + pointer);
        }
        if (!resolving.add(pointer)) {
            throw new IllegalArgumentException(
                    "unsupported JSON Schema keyword '$ref' at " + path + ": recursive reference " + pointer);
        }
        try {
            return schema(d.get(name), pointer);
        } finally {
            resolving.remove(pointer);
        }
    }

    private static void onlyAnnotationsBeside(String keyword, Map<String, Object> s, String path) {
        for (String key : s.keySet()) {
            if (!key.equals(keyword) && !ANNOTATIONS.contains(key)) {
                throw new IllegalArgumentException("unsupported JSON Schema keyword '" + key + "' at " + path
                        + " beside '" + keyword + "' (move it into the referenced or alternative schemas)");
            }
        }
    }

    private static List<Object> list(Object value, String keyword, String path) {
        if (!(value instanceof List<?> l)) {
            throw new IllegalArgumentException("'" + keyword + "' at " + path + " must be an array");
        }
        @SuppressWarnings("unchecked")
        List<Object> objects = (List<Object>) l;
        return objects;
    }

    private static int count(Map<String, Object> s, String keyword, int absent, String path) {
        Object v = s.get(keyword);
        if (v == null) {
            return absent;
        }
        if (!(v instanceof BigDecimal d) || !isInteger(d) || d.signum() < 0) {
            throw new IllegalArgumentException(
                    "'" + keyword + "' at " + path + " must be a non-negative integer, got: " + v);
        }
        return d.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) >= 0 ? Integer.MAX_VALUE : d.intValueExact();
    }
}
