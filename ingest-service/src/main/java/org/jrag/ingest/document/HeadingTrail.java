package org.jrag.ingest.document;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.stream.Collectors;

/**
 * The headings above the current point of a document, outermost first: a heading of level n replaces every open
 * heading of level n or deeper. Markdown and HTML both describe their sections with it.
 */
final class HeadingTrail {

    private record Heading(int level, String text) {}

    private final Deque<Heading> open = new ArrayDeque<>();

    /** Enters a heading of {@code level} (1-6) and returns the path it opens. */
    String enter(int level, String text) {
        while (!open.isEmpty() && open.peekLast().level() >= level) {
            open.removeLast();
        }
        open.addLast(new Heading(level, text.strip().replaceAll("\\s+", " ")));
        return path();
    }

    String path() {
        return open.stream().map(h -> "#".repeat(h.level()) + " " + h.text()).collect(Collectors.joining(" > "));
    }
}
