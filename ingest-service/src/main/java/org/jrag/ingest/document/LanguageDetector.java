package org.jrag.ingest.document;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells which of retrieval's BM25 languages a text is written in, for collections whose {@code language} is
 * {@code auto}: by its script where more than half its letters are of one that tells (Chinese, Japanese and Korean
 * characters: {@code cjk}; Greek; Arabic; Devanagari: Hindi), else by the most frequent function words (articles,
 * prepositions, conjunctions, pronouns, forms of "to be") of each language in its first {@value #SAMPLE_CHARS}
 * characters: the language with the most wins when it has at least {@value #MIN_HITS} of them and a tenth more than the
 * next (two at least: Danish and Norwegian share most of theirs). A text too short or too mixed to tell gets none
 * (retrieval then applies its default analysis). Thread-safe.
 */
public final class LanguageDetector {

    static final int SAMPLE_CHARS = 10_000;
    static final int MIN_HITS = 4;

    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.ofEntries(
            Map.entry(
                    "english",
                    Set.of(
                            "the", "of", "and", "to", "in", "is", "that", "for", "it", "with", "as", "was", "on", "are",
                            "by", "this", "be", "from", "at", "or", "which", "an", "have", "not", "were", "has", "they",
                            "their", "its", "can")),
            Map.entry(
                    "german",
                    Set.of(
                            "der", "die", "und", "den", "von", "zu", "das", "mit", "sich", "des", "auf", "für", "ist",
                            "im", "dem", "nicht", "ein", "eine", "als", "auch", "es", "werden", "aus", "er", "hat",
                            "dass", "sie", "nach", "wird", "bei", "einer", "sind", "oder", "wie", "über")),
            Map.entry(
                    "french",
                    Set.of(
                            "le", "la", "les", "de", "des", "et", "est", "du", "un", "une", "que", "qui", "dans",
                            "pour", "pas", "sur", "au", "par", "avec", "ce", "il", "sont", "ou", "plus", "ne", "se",
                            "aux", "cette", "elle", "nous", "d", "l", "qu")),
            Map.entry(
                    "spanish",
                    Set.of(
                            "el", "la", "de", "que", "y", "en", "los", "del", "se", "las", "por", "un", "para", "con",
                            "no", "una", "su", "al", "es", "lo", "como", "más", "pero", "sus", "le", "ha", "este",
                            "entre", "cuando", "muy", "sin", "también")),
            Map.entry(
                    "italian",
                    Set.of(
                            "il", "di", "che", "e", "la", "per", "un", "in", "non", "sono", "del", "della", "una",
                            "con", "si", "da", "le", "dei", "nel", "alla", "è", "anche", "gli", "come", "più", "questo",
                            "delle", "ha", "ma", "degli", "sul")),
            Map.entry(
                    "portuguese",
                    Set.of(
                            "de", "a", "o", "que", "e", "do", "da", "em", "um", "para", "com", "não", "uma", "os", "no",
                            "se", "na", "por", "mais", "as", "dos", "como", "mas", "ao", "ele", "das", "à", "seu",
                            "sua", "ou", "quando", "muito", "são", "também", "pelo", "pela")),
            Map.entry(
                    "dutch",
                    Set.of(
                            "de", "het", "een", "van", "en", "in", "is", "dat", "op", "te", "zijn", "voor", "met",
                            "die", "niet", "aan", "er", "om", "ook", "als", "bij", "door", "maar", "naar", "dan", "nog",
                            "wordt", "worden", "werd", "uit", "hij", "tot", "zij", "wat")),
            Map.entry(
                    "swedish",
                    Set.of(
                            "och", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den", "har",
                            "inte", "om", "ett", "de", "jag", "var", "sig", "så", "men", "från", "kan", "eller", "vid",
                            "när", "också", "efter", "detta")),
            Map.entry(
                    "danish",
                    Set.of(
                            "og", "i", "at", "det", "en", "den", "til", "er", "som", "på", "de", "med", "af", "for",
                            "ikke", "der", "var", "sig", "har", "et", "jeg", "hvad", "efter", "blev", "mig", "meget",
                            "nu", "kunne", "være", "også", "fra", "eller")),
            Map.entry(
                    "norwegian",
                    Set.of(
                            "og", "i", "det", "er", "som", "en", "på", "til", "av", "for", "med", "har", "ikke", "den",
                            "de", "et", "jeg", "var", "seg", "om", "hva", "etter", "ble", "meg", "nå", "mye", "være",
                            "også", "fra", "eller", "kan")),
            Map.entry(
                    "finnish",
                    Set.of(
                            "ja", "on", "ei", "että", "se", "hän", "oli", "ovat", "kuin", "mutta", "tai", "myös",
                            "joka", "jos", "niin", "sen", "sekä", "kun", "mitä", "hänen", "ole", "olla", "vain", "tämä",
                            "nyt", "jo", "voi", "siitä", "joten", "jotka")),
            Map.entry(
                    "russian",
                    Set.of(
                            "и", "в", "не", "на", "что", "с", "по", "как", "это", "он", "к", "но", "из", "у", "за",
                            "от", "о", "для", "то", "так", "же", "его", "она", "бы", "был", "все", "или", "их", "при",
                            "только")),
            Map.entry(
                    "czech",
                    Set.of(
                            "se", "na", "je", "že", "to", "jako", "ale", "by", "jsou", "pro", "po", "tak", "od",
                            "které", "jeho", "jsem", "už", "nebo", "být", "jen", "když", "také", "který", "která", "z",
                            "v", "s", "k", "do", "i")),
            Map.entry(
                    "hungarian",
                    Set.of(
                            "az", "és", "hogy", "nem", "is", "egy", "van", "meg", "csak", "már", "még", "volt", "mint",
                            "ha", "vagy", "azt", "ez", "amely", "mert", "sok", "nagyon", "lesz", "által", "óta",
                            "egyik", "kell", "pedig", "vagyis", "ezt", "ahol")),
            Map.entry(
                    "romanian",
                    Set.of(
                            "și", "în", "cu", "pe", "că", "din", "mai", "pentru", "este", "sau", "care", "dar", "lui",
                            "sunt", "fost", "cel", "cele", "unei", "acest", "dintre", "această", "iar", "fi", "ei",
                            "nu", "se", "la", "un", "o", "de")),
            Map.entry(
                    "turkish",
                    Set.of(
                            "ve", "bir", "bu", "için", "ile", "olarak", "çok", "daha", "gibi", "ama", "kadar", "sonra",
                            "olan", "ki", "veya", "her", "değil", "var", "yok", "ise", "diye", "kendi", "en", "da",
                            "de", "ne", "ya", "şey", "biri", "şu")));

    /** Scripts whose letters alone tell the language (where this service analyzes one language of the script). */
    private static final Map<Character.UnicodeScript, String> SCRIPTS = Map.ofEntries(
            Map.entry(Character.UnicodeScript.HAN, "cjk"),
            Map.entry(Character.UnicodeScript.HIRAGANA, "cjk"),
            Map.entry(Character.UnicodeScript.KATAKANA, "cjk"),
            Map.entry(Character.UnicodeScript.HANGUL, "cjk"),
            Map.entry(Character.UnicodeScript.GREEK, "greek"),
            Map.entry(Character.UnicodeScript.ARABIC, "arabic"),
            Map.entry(Character.UnicodeScript.DEVANAGARI, "hindi"),
            Map.entry(Character.UnicodeScript.THAI, "thai"),
            Map.entry(Character.UnicodeScript.ARMENIAN, "armenian"),
            Map.entry(Character.UnicodeScript.BENGALI, "bengali"),
            Map.entry(Character.UnicodeScript.TAMIL, "tamil"),
            Map.entry(Character.UnicodeScript.TELUGU, "telugu"),
            Map.entry(Character.UnicodeScript.LAO, "lao"),
            Map.entry(Character.UnicodeScript.KHMER, "khmer"),
            Map.entry(Character.UnicodeScript.MYANMAR, "burmese"));

    /**
     * The language the text is written in: by its script where most of its letters are of one that tells (Chinese,
     * Japanese and Korean characters, Greek, Arabic, Devanagari, Thai, Armenian, Bengali, Tamil, Telugu, Lao, Khmer,
     * Myanmar), else by its function words; empty when it cannot be told.
     */
    public Optional<String> detect(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        Optional<String> byScript = byScript(sample);
        return byScript.isPresent() ? byScript : byFunctionWords(sample);
    }

    /** The language of the script more than half the letters are of, if it tells one. */
    private static Optional<String> byScript(String sample) {
        var letters = new HashMap<String, Integer>();
        int total = 0;
        for (int i = 0; i < sample.length(); ) {
            int c = sample.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                total++;
                String language = SCRIPTS.get(Character.UnicodeScript.of(c));
                if (language != null) {
                    letters.merge(language, 1, Integer::sum);
                }
            }
        }
        int all = total;
        return letters.entrySet().stream()
                .filter(e -> e.getValue() * 2 > all && e.getValue() >= MIN_HITS)
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private static Optional<String> byFunctionWords(String sample) {
        var hits = new HashMap<String, Integer>();
        int start = -1;
        for (int i = 0; i <= sample.length(); i++) {
            boolean letter = i < sample.length() && Character.isLetter(sample.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                String word = sample.substring(start, i).toLowerCase(Locale.ROOT);
                FUNCTION_WORDS.forEach((language, words) -> {
                    if (words.contains(word)) {
                        hits.merge(language, 1, Integer::sum);
                    }
                });
                start = -1;
            }
        }
        String best = null;
        int first = 0;
        int second = 0;
        for (var entry : hits.entrySet()) {
            if (entry.getValue() > first) {
                second = first;
                first = entry.getValue();
                best = entry.getKey();
            } else if (entry.getValue() > second) {
                second = entry.getValue();
            }
        }
        boolean clear = first >= MIN_HITS && first - second >= Math.max(2, first / 10);
        return clear ? Optional.of(best) : Optional.empty();
    }
}
