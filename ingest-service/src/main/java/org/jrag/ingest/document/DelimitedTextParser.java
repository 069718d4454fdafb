package org.jrag.ingest.document;

import java.util.TreeMap;
import org.jrag.ingest.problem.CorruptDocumentException;

/**
 * Reads CSV (RFC 4180: quoted fields may hold delimiters, doubled quotes and line breaks) and TSV as a table: each
 * record a line, under the header when the first record is one ({@link TableRows}: {@code Header: value; ...}), so a
 * row stays understandable in whatever chunk it lands. A CSV's delimiter is the one of comma, semicolon (as Excel
 * writes CSV in many European locales) and tab that occurs most often in its first line outside quotes; a TSV's is the
 * tab. Strict UTF-8 (a byte-order mark dropped); a quoted field never closed is refused with the line it opened on.
 */
final class DelimitedTextParser implements DocumentParser {

    private static final char[] CANDIDATES = {',', ';', '\t'};

    private final String mediaType;
    private final Character delimiter;

    private DelimitedTextParser(String mediaType, Character delimiter) {
        this.mediaType = mediaType;
        this.delimiter = delimiter;
    }

    static DelimitedTextParser csv() {
        return new DelimitedTextParser("text/csv", null);
    }

    static DelimitedTextParser tsv() {
        return new DelimitedTextParser("text/tab-separated-values", '\t');
    }

    @Override
    public ParsedDocument parse(byte[] content) {
        String text = Utf8Decoder.decode(content);
        char separator = delimiter != null ? delimiter : detectDelimiter(text);
        var rows = new TableRows();
        var row = new TreeMap<Integer, String>();
        var field = new StringBuilder();
        int column = 0;
        int line = 1;
        int quoteLine = 0;
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                quoteLine = line;
                field.setLength(0);
            } else if (c == separator) {
                put(row, column++, field);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                put(row, column, field);
                rows.add(row);
                row = new TreeMap<>();
                column = 0;
                wasQuoted = false;
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new CorruptDocumentException(
                    mediaType, "the quoted field opened on line " + quoteLine + " is never closed");
        }
        put(row, column, field);
        rows.add(row);
        return new ParsedDocument(String.join("\n", rows.lines()), null);
    }

    private static void put(TreeMap<Integer, String> row, int column, StringBuilder field) {
        String value = field.toString().strip().replaceAll("\\s+", " ");
        if (!value.isEmpty()) {
            row.put(column, value);
        }
        field.setLength(0);
    }

    /** The candidate that occurs most often in the first line outside quotes; a comma when none does. */
    static char detectDelimiter(String text) {
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int k = 0; k < CANDIDATES.length; k++) {
                    if (c == CANDIDATES[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < CANDIDATES.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return CANDIDATES[best];
    }
}
