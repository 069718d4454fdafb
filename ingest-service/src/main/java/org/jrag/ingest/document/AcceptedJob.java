package org.jrag.ingest.document;

/**
 * Body of a 202 answer to an asynchronous upload.
 *
 * @param status the job's state when accepted (QUEUED)
 * @param location where to poll the job ({@code GET /v1/jobs/{id}}), also the response's Location header
 */
public record AcceptedJob(long jobId, String status, String location) {}
