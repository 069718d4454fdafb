package org.jrag.ingest.paging;

/** A row of a keyset-paged list with the id it is ordered by, which the public view may not show. */
public record Keyed<T>(long id, T value) {}
