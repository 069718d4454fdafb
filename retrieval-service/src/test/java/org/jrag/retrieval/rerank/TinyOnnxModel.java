package org.jrag.retrieval.rerank;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes, byte by byte, the smallest ONNX model shaped like a Hugging Face cross-encoder, so the re-ranker's plumbing
 * (tokenizing pairs, padding a batch, feeding inputs by name, reading {@code logits}) can be tested without
 * downloading a model. There is no ONNX protobuf library for Java here, so this is a hand-written protobuf encoder for
 * the few messages a model needs (field numbers from onnx.proto3).
 *
 * <p>The graph: inputs {@code input_ids}, {@code attention_mask}, {@code token_type_ids} (int64 [batch, seq]);
 * {@code logits = ReduceSum(Cast<float>(input_ids * attention_mask), axes=[1], keepdims=1)}, float [batch, 1]. So the
 * score of a pair is the sum of its token ids, and padding (mask 0) adds nothing: a test can predict every score
 * from the vocabulary alone. {@code token_type_ids} is declared but unused, as a real BERT export would declare it.
 */
final class TinyOnnxModel {

    // onnx.TensorProto.DataType
    private static final int FLOAT = 1;
    private static final int INT64 = 7;
    // onnx.AttributeProto.AttributeType
    private static final int ATTR_INT = 2;
    private static final int ATTR_INTS = 7;

    private TinyOnnxModel() {}

    static byte[] sumOfTokenIds() {
        var graph = new Proto()
                .message(1, node(new String[] {"input_ids", "attention_mask"}, "masked", "Mul", new Proto()))
                .message(1, node(new String[] {"masked"}, "masked_float", "Cast", attrInt("to", FLOAT)))
                .message(
                        1,
                        node(
                                new String[] {"masked_float"},
                                "logits",
                                "ReduceSum",
                                attrInts("axes", 1).concat(attrInt("keepdims", 1))))
                .string(2, "tiny-cross-encoder")
                .message(11, valueInfo("input_ids", INT64, "batch", "seq"))
                .message(11, valueInfo("attention_mask", INT64, "batch", "seq"))
                .message(11, valueInfo("token_type_ids", INT64, "batch", "seq"))
                .message(12, valueInfo("logits", FLOAT, "batch", null));
        // ModelProto: ir_version = 7, producer_name, graph, opset_import { domain "", version 11 }
        return new Proto()
                .varint(1, 7)
                .string(2, "jrag-tests")
                .message(7, graph)
                .message(8, new Proto().string(1, "").varint(2, 11))
                .bytes();
    }

    /** NodeProto: input (1), output (2), op_type (4), attribute (5). */
    private static Proto node(String[] inputs, String output, String op, Proto attributes) {
        var node = new Proto();
        for (String input : inputs) {
            node.string(1, input);
        }
        return node.string(2, output).string(4, op).raw(attributes);
    }

    /** A NodeProto attribute field (5) holding AttributeProto { name (1), i (3), type (20) = INT }. */
    private static Proto attrInt(String name, long value) {
        return new Proto()
                .message(5, new Proto().string(1, name).varint(3, value).varint(20, ATTR_INT));
    }

    /** AttributeProto { name (1), ints (8), type (20) = INTS }. */
    private static Proto attrInts(String name, long value) {
        return new Proto()
                .message(5, new Proto().string(1, name).varint(8, value).varint(20, ATTR_INTS));
    }

    /**
     * ValueInfoProto { name (1), type (2): TypeProto { tensor_type (1): { elem_type (1), shape (2):
     * TensorShapeProto { dim (1): { dim_param (2) | dim_value (1) } } } } }; a null second dim means size 1.
     */
    private static Proto valueInfo(String name, int elemType, String dim0, String dim1) {
        var shape = new Proto()
                .message(1, new Proto().string(2, dim0))
                .message(1, dim1 == null ? new Proto().varint(1, 1) : new Proto().string(2, dim1));
        var tensor = new Proto().varint(1, elemType).message(2, shape);
        return new Proto().string(1, name).message(2, new Proto().message(1, tensor));
    }

    /** Protobuf wire format: varints (type 0) and length-delimited fields (type 2) are all a model needs. */
    private static final class Proto {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Proto varint(int field, long value) {
            writeVarint((long) field << 3);
            writeVarint(value);
            return this;
        }

        Proto string(int field, String value) {
            return lengthDelimited(field, value.getBytes(StandardCharsets.UTF_8));
        }

        Proto message(int field, Proto message) {
            return lengthDelimited(field, message.bytes());
        }

        Proto raw(Proto fields) {
            out.writeBytes(fields.bytes());
            return this;
        }

        Proto concat(Proto other) {
            return raw(other);
        }

        byte[] bytes() {
            return out.toByteArray();
        }

        private Proto lengthDelimited(int field, byte[] payload) {
            writeVarint(((long) field << 3) | 2);
            writeVarint(payload.length);
            out.writeBytes(payload);
            return this;
        }

        private void writeVarint(long value) {
            while ((value & ~0x7FL) != 0) {
                out.write((int) ((value & 0x7F) | 0x80));
                value >>>= 7;
            }
            out.write((int) value);
        }
    }
}
