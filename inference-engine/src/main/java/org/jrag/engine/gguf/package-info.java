/**
 * Reading and writing GGUF files (the ggml/llama.cpp model container, spec:
 * https://github.com/ggml-org/ggml/blob/master/docs/gguf.md): header, typed metadata, tensor infos, aligned
 * tensor data mapped with FFM.
 */
package org.jrag.engine.gguf;
