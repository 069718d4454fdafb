package org.jrag.ingest.batch;

/** One file read out of a zip archive: its path inside the archive and its expanded bytes. */
record ArchiveEntry(String name, byte[] content) {}
