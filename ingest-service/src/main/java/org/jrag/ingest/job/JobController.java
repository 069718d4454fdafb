package org.jrag.ingest.job;

import java.util.Optional;
import java.util.Set;
import org.jrag.ingest.collection.VisibleCollections;
import org.jrag.ingest.problem.JobNotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Shows an asynchronous upload's job: its state, its progress and, at the end, its document or its problem. */
@RestController
class JobController {

    private final JobRepository jobs;

    JobController(JobRepository jobs) {
        this.jobs = jobs;
    }

    /** The job; a job of a collection the gateway's header does not name is not found, as if it did not exist. */
    @GetMapping("/v1/jobs/{id}")
    JobView get(
            @PathVariable long id, @RequestHeader(name = VisibleCollections.HEADER, required = false) String visible) {
        Optional<Set<String>> only = VisibleCollections.of(visible);
        return jobs.find(id)
                .filter(job -> only.isEmpty() || only.get().contains(job.collection()))
                .orElseThrow(() -> new JobNotFoundException(id));
    }
}
