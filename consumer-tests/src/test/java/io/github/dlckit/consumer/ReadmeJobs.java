package io.github.dlckit.consumer;

import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.JobSpec;

/** The job the README's "Testing your error handling" example submits (the README leaves its definition out). */
final class ReadmeJobs {

    static final CreateJobRequest job = CreateJobRequest.builder().displayName("nightly-train")
            .jobType("PyTorchJob").userCommand("sleep 3600").addJobSpecs(JobSpec.builder().type("Worker")
                    .podCount(1).image("registry.cn-wulanchabu.aliyuncs.com/pai/llm:torch2.3")
                    .ecsSpec("ecs.g7.xlarge").build())
            .build();

    private ReadmeJobs() {
    }
}
