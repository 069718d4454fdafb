package org.jrag.ingest.document;

import java.util.List;

/** Where the sections and pages of a document's text lie, as stored beside the text ({@code document.structure}). */
record DocumentStructure(List<DocumentSection> sections, List<DocumentPage> pages) {

    static final DocumentStructure NONE = new DocumentStructure(List.of(), List.of());

    DocumentStructure {
        sections = sections == null ? List.of() : List.copyOf(sections);
        pages = pages == null ? List.of() : List.copyOf(pages);
    }

    static DocumentStructure of(ParsedDocument parsed) {
        return new DocumentStructure(parsed.sections(), parsed.pages());
    }
}
