package org.jrag.ingest.document;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jrag.personaldata.PersonalData;
import org.jrag.personaldata.PiiKind;

/**
 * A parsed document with the personal data of its collection's kinds replaced by their placeholders ({@code [EMAIL]},
 * ...), before it is chunked, embedded and stored: its title too, and its sections and pages moved to where their text
 * now lies (an offset inside a replaced span moves to the placeholder's end).
 *
 * @param document the document as it is stored
 * @param counts how many of each kind were replaced ({@code email: 2}), for the document's metadata; empty for none
 */
record Redaction(ParsedDocument document, Map<String, Integer> counts) {

    static Redaction of(ParsedDocument parsed, Set<PiiKind> kinds) {
        if (kinds.isEmpty()) {
            return new Redaction(parsed, Map.of());
        }
        List<PersonalData.Finding> found = PersonalData.find(parsed.text(), kinds);
        String title = parsed.title() == null ? null : PersonalData.redact(parsed.title(), kinds);
        var counts = new TreeMap<String, Integer>();
        found.forEach(f -> counts.merge(f.kind().name().toLowerCase(Locale.ROOT), 1, Integer::sum));
        if (found.isEmpty()) {
            return new Redaction(
                    new ParsedDocument(parsed.text(), title, parsed.sections(), parsed.pages(), parsed.ocrPages()),
                    Map.of());
        }
        var sections = parsed.sections().stream()
                .map(s -> new DocumentSection(s.path(), moved(s.startOffset(), found), moved(s.endOffset(), found)))
                .toList();
        var pages = parsed.pages().stream()
                .map(p -> new DocumentPage(p.number(), moved(p.startOffset(), found), moved(p.endOffset(), found)))
                .toList();
        return new Redaction(
                new ParsedDocument(
                        PersonalData.redact(parsed.text(), found), title, sections, pages, parsed.ocrPages()),
                Map.copyOf(counts));
    }

    /** Where an offset of the original text lies in the redacted one. */
    static int moved(int offset, List<PersonalData.Finding> found) {
        int shift = 0;
        for (PersonalData.Finding f : found) {
            int grown = f.kind().placeholder().length() - (f.end() - f.start());
            if (f.end() <= offset) {
                shift += grown;
            } else if (f.start() < offset) {
                return f.start() + shift + f.kind().placeholder().length();
            } else {
                break;
            }
        }
        return offset + shift;
    }
}
