package org.jrag.ingest.mirror;

/**
 * One file of a mirrored store as its listing shows it.
 *
 * @param path the path relative to the store's root, with {@code /} between its parts
 * @param size its size in bytes
 * @param modifiedNanos its modification time in epoch nanoseconds
 * @param version what else the store says changes with the bytes (an object's ETag), or null
 */
public record MirrorFile(String path, long size, long modifiedNanos, String version) {}
