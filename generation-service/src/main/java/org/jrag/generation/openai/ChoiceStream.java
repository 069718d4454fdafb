package org.jrag.generation.openai;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jrag.engine.generate.StopStringMatcher;
import org.jrag.engine.serving.Completion;
import org.jrag.engine.serving.TokenLogprobs;
import org.jrag.engine.serving.TokenStream;
import org.jrag.engine.tokenizer.Tokenizer;
import org.jrag.engine.tokenizer.Utf8StreamDecoder;

/**
 * Turns one choice's tokens into text events. Runs on the engine's scheduler thread, so it only decodes, matches
 * stop strings and hands events to {@code sink} (a queue that never blocks); it stops the sequence (returns
 * false) as soon as a stop string is complete, however the tokens cut it.
 */
final class ChoiceStream implements TokenStream {

    private final int index;
    private final Tokenizer tokenizer;
    private final int topLogprobs;
    private final boolean logprobs;
    private final Consumer<ChoiceEvent> sink;
    private final Utf8StreamDecoder decoder = new Utf8StreamDecoder();
    private final StopStringMatcher stops;
    private int decodedChars;
    /** Prompt tokens' log-probabilities not yet handed on (requests that score their prompt). */
    private final List<TokenLogprob> prompt = new ArrayList<>();

    private final PromptText promptText;
    /** Whether the sum of the tokens' log-probabilities is reported at the end (best_of ranking). */
    private final boolean scored;

    private double logprobSum;
    private int logprobCount;

    /**
     * @param logprobs whether each token's log-probability is reported
     * @param topLogprobs alternatives reported per token (the engine may send more; they are cut)
     * @param promptText the prompt as echoed, whose offsets prompt tokens' log-probabilities carry; null when the
     *     prompt is not scored
     * @param scored report the sum of the tokens' log-probabilities before the end ({@link ChoiceEvent.Score})
     */
    ChoiceStream(
            int index,
            Tokenizer tokenizer,
            List<String> stopStrings,
            boolean logprobs,
            int topLogprobs,
            PromptText promptText,
            boolean scored,
            Consumer<ChoiceEvent> sink) {
        this.index = index;
        this.tokenizer = tokenizer;
        this.stops = new StopStringMatcher(stopStrings);
        this.logprobs = logprobs;
        this.topLogprobs = topLogprobs;
        this.promptText = promptText;
        this.scored = scored;
        this.sink = sink;
    }

    @Override
    public void onPromptToken(int position, TokenLogprobs probabilities) {
        if (promptText != null) {
            int token = promptText.ids()[position];
            prompt.add(logprob(token, tokenizer.pieceBytes(token, false), probabilities, promptText.offset(position)));
        }
    }

    /** Hands on the prompt's log-probabilities, once, before the choice's first text or its end. */
    private void flushPrompt() {
        if (!prompt.isEmpty()) {
            sink.accept(new ChoiceEvent.Prompt(index, prompt));
            prompt.clear();
        }
    }

    @Override
    public boolean onToken(int token, TokenLogprobs probabilities) {
        flushPrompt();
        if (stops.stopped()) {
            return false;
        }
        if (scored && probabilities != null) {
            logprobSum += probabilities.logprob();
            logprobCount++;
        }
        byte[] piece = tokenizer.pieceBytes(token, false);
        String decoded = decoder.accept(piece);
        List<TokenLogprob> entries = List.of();
        if (logprobs && probabilities != null) {
            entries = List.of(logprob(token, piece, probabilities, decodedChars));
        }
        decodedChars += decoded.length();
        String text = stops.accept(decoded);
        if (!text.isEmpty() || !entries.isEmpty()) {
            sink.accept(new ChoiceEvent.Text(index, text, entries));
        }
        return !stops.stopped();
    }

    @Override
    public void onComplete(Completion completion) {
        flushPrompt();
        if (!stops.stopped()) {
            String rest = stops.accept(decoder.flush());
            if (!stops.stopped()) {
                rest += stops.flush();
            }
            if (!rest.isEmpty()) {
                sink.accept(new ChoiceEvent.Text(index, rest, List.of()));
            }
        }
        if (scored) {
            sink.accept(new ChoiceEvent.Score(index, logprobSum, logprobCount));
        }
        sink.accept(new ChoiceEvent.Finished(index, completion, stops.stopped()));
    }

    private TokenLogprob logprob(int token, byte[] piece, TokenLogprobs probabilities, int offset) {
        List<TokenLogprob.Alternative> top = new ArrayList<>();
        int count = Math.min(topLogprobs, probabilities.topTokens().length);
        for (int i = 0; i < count; i++) {
            byte[] alternative = tokenizer.pieceBytes(probabilities.topTokens()[i], false);
            top.add(new TokenLogprob.Alternative(
                    text(alternative), TokenLogprob.finite(probabilities.topLogprobs()[i]), bytes(alternative)));
        }
        return new TokenLogprob(text(piece), TokenLogprob.finite(probabilities.logprob()), bytes(piece), offset, top);
    }

    private static String text(byte[] piece) {
        return new String(piece, StandardCharsets.UTF_8);
    }

    private static List<Integer> bytes(byte[] piece) {
        List<Integer> out = new ArrayList<>(piece.length);
        for (byte b : piece) {
            out.add(b & 0xFF);
        }
        return out;
    }
}
