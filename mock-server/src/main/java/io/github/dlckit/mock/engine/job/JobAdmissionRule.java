package io.github.dlckit.mock.engine.job;

import io.github.dlckit.mock.engine.Caller;
import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.ResourceType;

/** A rule a new job must pass, checked by CreateJob before anything is stored. */
@FunctionalInterface
public interface JobAdmissionRule {

    /**
     * @param caller who submits
     * @param request the submitted job
     * @param resourceType the job's resource type (Lingjun when any role runs on Lingjun)
     * @throws io.github.dlckit.mock.engine.EngineException to refuse the job, naming the rule
     */
    void check(Caller caller, CreateJobRequest request, ResourceType resourceType);
}
