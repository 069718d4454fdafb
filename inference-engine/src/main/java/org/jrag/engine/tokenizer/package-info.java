/**
 * Tokenizers built from GGUF vocabulary metadata: SentencePiece-style BPE (Kudo and Richardson 2018, as
 * llama.cpp's SPM tokenizer implements it) and byte-level BPE (Sennrich et al. 2016; GPT-2's byte alphabet,
 * Radford et al. 2019) with the Llama 3 and Qwen2 pre-tokenizers.
 */
package org.jrag.engine.tokenizer;
