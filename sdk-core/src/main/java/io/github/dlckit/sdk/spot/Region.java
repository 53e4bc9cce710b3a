package io.github.dlckit.sdk.spot;

import io.github.dlckit.model.CreateJobRequest;

import java.util.function.UnaryOperator;

/** One region of a runner: its id, its client, and how the request changes there (workspace, VPC, ...). */
final class Region {

    final String id;
    final RegionJobs jobs;
    final UnaryOperator<CreateJobRequest> adjust;

    Region(String id, RegionJobs jobs, UnaryOperator<CreateJobRequest> adjust) {
        this.id = id;
        this.jobs = jobs;
        this.adjust = adjust;
    }
}
