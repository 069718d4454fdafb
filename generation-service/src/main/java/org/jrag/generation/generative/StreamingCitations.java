package org.jrag.generation.generative;

/**
 * {@link CitationMarkers} for an answer read as it is generated: each piece of text in, the answer's text that can
 * be sent now out, with its markers renumbered as the whole answer's will be. What may still change is held back: a
 * marker not yet closed ({@code "[1"}, {@code "[2, "}) and white space at the end (an unresolved marker after it
 * takes it away). So the pieces sent add up to exactly {@link CitationMarkers#parse}'s text of the whole answer. Not
 * thread-safe: one per answer.
 */
final class StreamingCitations {

    private final int passages;
    private final StringBuilder raw = new StringBuilder();
    private String sent = "";
    private CitationMarkers.Marked marked;

    /** For an answer whose prompt numbered {@code passages} passages from 1. */
    StreamingCitations(int passages) {
        this.passages = passages;
    }

    /** Takes the next piece of generated text; returns the answer text that can be sent now (possibly empty). */
    String accept(String piece) {
        if (marked != null) {
            throw new IllegalStateException("the answer has finished");
        }
        raw.append(piece);
        return release(
                CitationMarkers.parse(raw.substring(0, settled()), passages).text());
    }

    /** The end of the answer: returns the rest of its text. */
    String finish() {
        if (marked == null) {
            marked = CitationMarkers.parse(raw.toString(), passages);
        }
        return release(marked.text());
    }

    /** The whole answer parsed, after {@link #finish()}. */
    CitationMarkers.Marked marked() {
        if (marked == null) {
            throw new IllegalStateException("the answer has not finished");
        }
        return marked;
    }

    /** The whole generated text so far, markers as the model wrote them. */
    String generated() {
        return raw.toString();
    }

    /** The part of the text so far that later text cannot change: before an open marker and trailing blanks. */
    private int settled() {
        int end = raw.length();
        int open = raw.lastIndexOf("[");
        if (open >= 0 && isMarkerSoFar(open + 1)) {
            end = open;
        }
        while (end > 0 && Character.isWhitespace(raw.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** Whether the text from {@code from} to the end can still grow into a marker's numbers and closing bracket. */
    private boolean isMarkerSoFar(int from) {
        for (int i = from; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!(c >= '0' && c <= '9') && c != ',' && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private String release(String text) {
        if (!text.startsWith(sent)) {
            throw new IllegalStateException(
                    "citation markers changed text already sent: '" + sent + "' then '" + text + "'");
        }
        String piece = text.substring(sent.length());
        sent = text;
        return piece;
    }
}
