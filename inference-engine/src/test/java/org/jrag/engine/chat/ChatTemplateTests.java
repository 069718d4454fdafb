package org.jrag.engine.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatTemplateTests {
    private static final List<ChatMessage> CHAT = List.of(
            ChatMessage.system("You are terse."),
            ChatMessage.user(" Hi! "),
            ChatMessage.assistant("Hello."),
            ChatMessage.user("Name a colour."));

    /** meta-llama/Llama-2-7b-chat-hf's template. */
    private static final String LLAMA2 =
            "{% if messages[0]['role'] == 'system' %}{% set loop_messages = messages[1:] %}"
                    + "{% set system_message = messages[0]['content'] %}{% else %}{% set loop_messages = messages %}"
                    + "{% set system_message = false %}{% endif %}{% for message in loop_messages %}"
                    + "{% if loop.index0 == 0 and system_message != false %}{% set content = '<<SYS>>\\n' + system_message"
                    + " + '\\n<</SYS>>\\n\\n' + message['content'] %}{% else %}{% set content = message['content'] %}{% endif %}"
                    + "{% if message['role'] == 'user' %}{{ bos_token + '[INST] ' + content.strip() + ' [/INST]' }}"
                    + "{% elif message['role'] == 'assistant' %}{{ ' '  + content.strip() + ' ' + eos_token }}{% endif %}"
                    + "{% endfor %}";

    /** mistralai/Mistral-7B-Instruct-v0.1's template. */
    private static final String MISTRAL = "{{ bos_token }}{% for message in messages %}"
            + "{% if message['role'] == 'user' %}{{ '[INST] ' + message['content'] + ' [/INST]' }}"
            + "{% elif message['role'] == 'assistant' %}{{ message['content'] + eos_token}}{% endif %}{% endfor %}";

    /** HuggingFaceH4/zephyr-7b-beta's template. */
    private static final String ZEPHYR = "{% for message in messages %}\n{% if message['role'] == 'user' %}\n"
            + "{{ '<|user|>\\n' + message['content'] + eos_token }}\n{% elif message['role'] == 'system' %}\n"
            + "{{ '<|system|>\\n' + message['content'] + eos_token }}\n{% elif message['role'] == 'assistant' %}\n"
            + "{{ '<|assistant|>\\n'  + message['content'] + eos_token }}\n{% endif %}\n"
            + "{% if loop.last and add_generation_prompt %}\n{{ '<|assistant|>' }}\n{% endif %}\n{% endfor %}";

    @Test
    void recognisesTheRealLlama3TemplateAndRendersIt() {
        ChatTemplate t = ChatTemplate.recognise(resource("llama3"), "<|begin_of_text|>", "<|end_of_text|>");
        assertThat(t).isInstanceOf(Llama3ChatTemplate.class);
        assertThat(t.render(CHAT, true))
                .isEqualTo("<|start_header_id|>system<|end_header_id|>\n\nYou are terse.<|eot_id|>"
                        + "<|start_header_id|>user<|end_header_id|>\n\nHi!<|eot_id|>"
                        + "<|start_header_id|>assistant<|end_header_id|>\n\nHello.<|eot_id|>"
                        + "<|start_header_id|>user<|end_header_id|>\n\nName a colour.<|eot_id|>"
                        + "<|start_header_id|>assistant<|end_header_id|>\n\n");
        assertThat(t.endOfTurn()).contains("<|eot_id|>");
    }

    @Test
    void recognisesTheRealQwen3TemplateAsChatMl() {
        ChatTemplate t = ChatTemplate.recognise(resource("qwen3"), "<|endoftext|>", "<|im_end|>");
        assertThat(t).isInstanceOf(ChatMlTemplate.class);
        assertThat(t.render(CHAT.subList(0, 2), true))
                .isEqualTo("<|im_start|>system\nYou are terse.<|im_end|>\n<|im_start|>user\n Hi! <|im_end|>\n"
                        + "<|im_start|>assistant\n");
        assertThat(t.render(CHAT.subList(0, 2), false)).doesNotEndWith("<|im_start|>assistant\n");
    }

    @Test
    void rendersLlama2WithSystemBlockAndBosBetweenTurns() {
        ChatTemplate t = ChatTemplate.recognise(LLAMA2, "<s>", "</s>");
        assertThat(t.render(CHAT, true))
                .isEqualTo("[INST] <<SYS>>\nYou are terse.\n<</SYS>>\n\nHi! [/INST] Hello. </s><s>[INST] Name a colour."
                        + " [/INST]");
    }

    @Test
    void rendersMistralWithoutSystemBlockOrSpaces() {
        ChatTemplate t = ChatTemplate.recognise(MISTRAL, "<s>", "</s>");
        assertThat(t.render(CHAT, true))
                .isEqualTo("[INST] You are terse.\n Hi!  [/INST]Hello.</s>[INST] Name a colour. [/INST]");
    }

    @Test
    void rendersZephyr() {
        ChatTemplate t = ChatTemplate.recognise(ZEPHYR, "<s>", "</s>");
        assertThat(t.render(CHAT.subList(0, 2), true))
                .isEqualTo("<|system|>\nYou are terse.</s>\n<|user|>\n Hi! </s>\n<|assistant|>\n");
        assertThat(t.endOfTurn()).containsExactly("</s>");
    }

    @Test
    void rejectsAnUnknownTemplateNamingTheFamilies() {
        assertThatThrownBy(() -> ChatTemplate.recognise("{{ '<start_of_turn>' + role }}", "<bos>", "<eos>"))
                .isInstanceOf(UnsupportedChatTemplateException.class)
                .hasMessage("unrecognised chat template (supported: Llama 3 with <|start_header_id|>, ChatML with"
                        + " <|im_start|>, Llama 2 / Mistral with [INST], Zephyr with <|user|>):"
                        + " {{ '<start_of_turn>' + role }}");
    }

    @Test
    void rejectsABlankRole() {
        assertThatThrownBy(() -> new ChatMessage(" ", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("role must not be blank, got:  ");
    }

    private static String resource(String family) {
        try (InputStream in =
                ChatTemplateTests.class.getResourceAsStream("/tokenizers/" + family + "/chat_template.jinja")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
