package org.jrag.engine.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jrag.engine.model.KvCacheType;
import org.jrag.engine.sampling.SamplingSettings;

/**
 * The options of {@code generate}: token budget, sampling (llama.cpp's defaults for top-k/top-p/min-p, greedy
 * unless {@code --temp} is set), stop strings, chat mode, beam width and KV cache precision.
 */
record GenerateOptions(
        int maxTokens,
        SamplingSettings sampling,
        List<String> stops,
        boolean chat,
        String system,
        int beam,
        KvCacheType kvCache) {

    GenerateOptions {
        stops = List.copyOf(stops);
        if (maxTokens < 1) {
            throw new IllegalArgumentException("-n must be >= 1, got: " + maxTokens);
        }
        if (beam < 0) {
            throw new IllegalArgumentException("--beam must be >= 1, got: " + beam);
        }
    }

    /** Parses {@code args[from..]}; unknown options are an error naming them. */
    static GenerateOptions parse(String[] args, int from) {
        SamplingSettings d = SamplingSettings.defaults(42);
        int n = 64;
        float temp = 0f;
        long seed = 42;
        int topK = d.topK();
        float topP = d.topP();
        float minP = d.minP();
        float repeat = d.repeatPenalty();
        List<String> stops = new ArrayList<>();
        boolean chat = false;
        String system = null;
        int beam = 0;
        KvCacheType kv = KvCacheType.F32;
        for (int i = from; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--chat")) {
                chat = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + name + " needs a value");
            }
            String v = args[++i];
            switch (name) {
                case "-n" -> n = Integer.parseInt(v);
                case "--temp" -> temp = Float.parseFloat(v);
                case "--seed" -> seed = Long.parseLong(v);
                case "--top-k" -> topK = Integer.parseInt(v);
                case "--top-p" -> topP = Float.parseFloat(v);
                case "--min-p" -> minP = Float.parseFloat(v);
                case "--repeat-penalty" -> repeat = Float.parseFloat(v);
                case "--stop" -> stops.add(v.translateEscapes());
                case "--system" -> system = v;
                case "--beam" -> beam = Integer.parseInt(v);
                case "--kv-cache" -> kv = KvCacheType.valueOf(v.toUpperCase(Locale.ROOT));
                default -> throw new IllegalArgumentException("unknown option '" + name + "'");
            }
        }
        SamplingSettings sampling = new SamplingSettings(
                temp, topK, topP, minP, repeat, d.frequencyPenalty(), d.presencePenalty(), d.penaltyLastN(), seed);
        return new GenerateOptions(n, sampling, stops, chat, system, beam, kv);
    }
}
