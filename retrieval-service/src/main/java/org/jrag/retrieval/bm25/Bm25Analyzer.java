package org.jrag.retrieval.bm25;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.bn.BengaliAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.ckb.SoraniAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.eu.BasqueAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ga.IrishAnalyzer;
import org.apache.lucene.analysis.gl.GalicianAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.hy.ArmenianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.ne.NepaliAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.sr.SerbianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.ta.TamilAnalyzer;
import org.apache.lucene.analysis.te.TeluguAnalyzer;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * The text analysis BM25 indexes and queries with: the service's default ({@code rag.retrieval.bm25.analyzer}), and a
 * collection's own when it names a language (ingest-service's {@code language} of a collection). Changing the default
 * changes the index's terms, so the index is rebuilt from the change log when it was written with another one; a
 * collection's language lives in fields of its own ({@code contents_german}), re-indexed when it changes.
 */
public enum Bm25Analyzer {
    /**
     * Lucene's EnglishAnalyzer: possessives removed, lower case, English stop words, Porter stemming. The same chain
     * as Anserini's default, so BM25 figures can be compared with its published runs.
     */
    ENGLISH(EnglishAnalyzer::new),
    /** Lucene's StandardAnalyzer: Unicode word breaks and lower case only (no stop words, no stemming). */
    STANDARD(StandardAnalyzer::new),
    /** Lucene's language analyzers: lower case, the language's stop words and stemmer (and its normalization). */
    GERMAN(GermanAnalyzer::new),
    FRENCH(FrenchAnalyzer::new),
    SPANISH(SpanishAnalyzer::new),
    ITALIAN(ItalianAnalyzer::new),
    PORTUGUESE(PortugueseAnalyzer::new),
    DUTCH(DutchAnalyzer::new),
    SWEDISH(SwedishAnalyzer::new),
    DANISH(DanishAnalyzer::new),
    NORWEGIAN(NorwegianAnalyzer::new),
    FINNISH(FinnishAnalyzer::new),
    RUSSIAN(RussianAnalyzer::new),
    CZECH(CzechAnalyzer::new),
    HUNGARIAN(HungarianAnalyzer::new),
    ROMANIAN(RomanianAnalyzer::new),
    TURKISH(TurkishAnalyzer::new),
    GREEK(GreekAnalyzer::new),
    ARABIC(ArabicAnalyzer::new),
    HINDI(HindiAnalyzer::new),
    /** Chinese, Japanese and Korean: overlapping pairs of characters (bigrams), as Lucene's CJKAnalyzer makes them. */
    CJK(CJKAnalyzer::new),
    /** The rest of Lucene's common analyzers (Thai's breaks words by the JDK's dictionary-based BreakIterator). */
    BULGARIAN(BulgarianAnalyzer::new),
    CATALAN(CatalanAnalyzer::new),
    BASQUE(BasqueAnalyzer::new),
    GALICIAN(GalicianAnalyzer::new),
    IRISH(IrishAnalyzer::new),
    LATVIAN(LatvianAnalyzer::new),
    LITHUANIAN(LithuanianAnalyzer::new),
    ESTONIAN(EstonianAnalyzer::new),
    INDONESIAN(IndonesianAnalyzer::new),
    PERSIAN(PersianAnalyzer::new),
    ARMENIAN(ArmenianAnalyzer::new),
    BENGALI(BengaliAnalyzer::new),
    SERBIAN(SerbianAnalyzer::new),
    THAI(ThaiAnalyzer::new),
    SORANI(SoraniAnalyzer::new),
    NEPALI(NepaliAnalyzer::new),
    TAMIL(TamilAnalyzer::new),
    TELUGU(TeluguAnalyzer::new),
    /** Languages written without spaces between words, broken into words by ICU's dictionaries. */
    LAO(IcuWordsAnalyzer::new),
    KHMER(IcuWordsAnalyzer::new),
    BURMESE(IcuWordsAnalyzer::new);

    private final Supplier<Analyzer> analyzer;

    Bm25Analyzer(Supplier<Analyzer> analyzer) {
        this.analyzer = analyzer;
    }

    Analyzer create() {
        return analyzer.get();
    }

    /**
     * The language a chunk's text is analyzed in, as a SQL column {@code language} over its document {@code d} and
     * collection {@code col}: the collection's, or where that is {@code auto} the one ingest-service told for the
     * document (null where it could not tell: the default).
     */
    public static final String LANGUAGE_COLUMN =
            "CASE WHEN col.language = 'auto' THEN d.metadata ->> 'language' ELSE col.language END AS language";

    /** The name a collection's {@code language} gives: {@code german}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The analyzer a collection's language names; empty for none or one this service does not know. */
    public static Optional<Bm25Analyzer> ofLanguage(String language) {
        return language == null
                ? Optional.empty()
                : Arrays.stream(values())
                        .filter(analyzer -> analyzer.wireName().equals(language))
                        .findFirst();
    }
}
