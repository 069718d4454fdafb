package org.jrag.ingest.document;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellReference;

/**
 * A table's rows as lines of text that stay understandable wherever a chunk boundary falls. When the first row has at
 * least two cells and none of them is a number, it is taken as the header: it is written as it is, and every later
 * row reads {@code Header: value; Header: value} (a cell under a blank header is named by its column letter, as a
 * spreadsheet shows it). Otherwise a row's cells are joined with {@code " | "}. Empty rows are left out.
 */
final class TableRows {

    private static final Pattern NUMBER = Pattern.compile("[-+(]?[$€£¥]?\\s*[\\d.,]+\\s*%?\\)?");

    private final List<String> lines = new ArrayList<>();
    private List<String> header;
    private boolean first = true;

    /** Adds a row: its non-empty cells by column (0-based), values already stripped. */
    void add(SortedMap<Integer, String> row) {
        if (row.isEmpty()) {
            return;
        }
        if (first) {
            first = false;
            if (row.size() >= 2
                    && row.values().stream().noneMatch(v -> NUMBER.matcher(v).matches())) {
                header = new ArrayList<>();
                for (int col = 0; col <= row.lastKey(); col++) {
                    header.add(row.getOrDefault(col, CellReference.convertNumToColString(col)));
                }
                lines.add(String.join(" | ", row.values()));
                return;
            }
        }
        if (header == null) {
            lines.add(String.join(" | ", row.values()));
            return;
        }
        var cells = new ArrayList<String>(row.size());
        row.forEach((col, value) -> cells.add(
                (col < header.size() ? header.get(col) : CellReference.convertNumToColString(col)) + ": " + value));
        lines.add(String.join("; ", cells));
    }

    List<String> lines() {
        return lines;
    }
}
