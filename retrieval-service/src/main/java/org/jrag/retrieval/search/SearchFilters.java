package org.jrag.retrieval.search;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Metadata filters every retriever applies before ranking: a chunk matches when it carries at least one of
 * {@code tags} (none given: any tags) and its publication date lies in {@code [publishedAfter, publishedBefore]}
 * (both inclusive, either may be open), and its document's {@code source} starts with {@code sourcePrefix} (a synced
 * folder or site, {@code handbook/}, or part of one, {@code handbook/hr/}; none given: any source; a document without
 * a source never matches), and, when {@code documentIds} are given, it is a chunk of one of those documents (a chat
 * with one document; at most {@value #MAX_DOCUMENT_IDS}). Tags and {@code publishedAt} are read from the chunk's
 * metadata, falling back to its document's. A chunk without a publication date never matches a date range.
 */
public record SearchFilters(
        Set<String> tags,
        LocalDate publishedAfter,
        LocalDate publishedBefore,
        String sourcePrefix,
        Set<Long> documentIds) {

    /** No filter at all. */
    public static final SearchFilters NONE = new SearchFilters(Set.of(), null, null, null, null);

    /** The most documents a search may be narrowed to. */
    static final int MAX_DOCUMENT_IDS = 100;

    /** The longest source prefix, as long as a source may be. */
    static final int MAX_SOURCE_PREFIX = 2048;

    /** Tags and dates, any source. */
    public SearchFilters(Set<String> tags, LocalDate publishedAfter, LocalDate publishedBefore) {
        this(tags, publishedAfter, publishedBefore, null, null);
    }

    /** Tags, dates and a source prefix, any document. */
    public SearchFilters(Set<String> tags, LocalDate publishedAfter, LocalDate publishedBefore, String sourcePrefix) {
        this(tags, publishedAfter, publishedBefore, sourcePrefix, null);
    }

    public SearchFilters {
        tags = tags == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(tags));
        for (String tag : tags) {
            if (tag == null || tag.isBlank()) {
                throw new IllegalArgumentException("filters.tags must not contain blank tags, got: " + tags);
            }
        }
        if (publishedAfter != null && publishedBefore != null && publishedAfter.isAfter(publishedBefore)) {
            throw new IllegalArgumentException("filters.publishedAfter must not be after filters.publishedBefore, got: "
                    + publishedAfter + " > " + publishedBefore);
        }
        if (sourcePrefix != null && (sourcePrefix.isEmpty() || sourcePrefix.length() > MAX_SOURCE_PREFIX)) {
            throw new IllegalArgumentException("filters.sourcePrefix must hold 1 to " + MAX_SOURCE_PREFIX
                    + " characters, got " + sourcePrefix.length());
        }
        documentIds = documentIds == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(documentIds));
        if (documentIds.size() > MAX_DOCUMENT_IDS) {
            throw new IllegalArgumentException(
                    "filters.documentIds must hold at most " + MAX_DOCUMENT_IDS + " ids, got " + documentIds.size());
        }
        for (Long id : documentIds) {
            if (id == null || id < 1) {
                throw new IllegalArgumentException(
                        "filters.documentIds must hold documents' ids (positive numbers), got: " + documentIds);
            }
        }
    }

    /** True when the filters let every chunk through. */
    public boolean isEmpty() {
        return tags.isEmpty()
                && publishedAfter == null
                && publishedBefore == null
                && sourcePrefix == null
                && documentIds.isEmpty();
    }

    /** True when a date range is set. */
    public boolean hasDateRange() {
        return publishedAfter != null || publishedBefore != null;
    }
}
