/**
 * Chat prompt formats: the model's {@code tokenizer.chat_template} (a Jinja program) is recognised by its
 * markers and replaced by a fixed Java rendering of that family, as llama.cpp's {@code llama_chat_apply_template}
 * does, so no template engine runs model-supplied code.
 */
package org.jrag.engine.chat;
