/**
 * Tokenizers built from GGUF vocabulary metadata (SentencePiece, Kudo and Richardson 2018, as llama.cpp's SPM
 * tokenizer implements it).
 */
package org.jrag.engine.tokenizer;
