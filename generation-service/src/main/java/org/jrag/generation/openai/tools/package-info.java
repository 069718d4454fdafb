/**
 * Function calling for the chat completions: the functions a request offers ({@link
 * org.jrag.generation.openai.tools.ToolDefinition}), its {@code tool_choice}, the tool-call format of the model's
 * chat template family ({@link org.jrag.generation.openai.tools.ToolFormat}: Llama 3.1+ JSON, Hermes tags), and
 * reading calls out of a reply, whole or streamed.
 */
package org.jrag.generation.openai.tools;
