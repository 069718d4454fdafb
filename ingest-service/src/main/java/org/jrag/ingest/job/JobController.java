package org.jrag.ingest.job;

import org.jrag.ingest.problem.JobNotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Shows an asynchronous upload's job: its state, its progress and, at the end, its document or its problem. */
@RestController
class JobController {

    private final JobRepository jobs;

    JobController(JobRepository jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/v1/jobs/{id}")
    JobView get(@PathVariable long id) {
        return jobs.find(id).orElseThrow(() -> new JobNotFoundException(id));
    }
}
