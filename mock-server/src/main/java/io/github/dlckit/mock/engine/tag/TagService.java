package io.github.dlckit.mock.engine.tag;

import io.github.dlckit.mock.engine.Caller;
import io.github.dlckit.mock.engine.Checks;
import io.github.dlckit.mock.engine.EngineException;
import io.github.dlckit.mock.engine.job.Job;
import io.github.dlckit.mock.engine.job.JobService;
import io.github.dlckit.model.TagResourcesRequest;
import io.github.dlckit.model.TagResourcesRequestTag;
import io.github.dlckit.model.UntagResourcesRequest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * TagResources and UntagResources on the caller's jobs (ResourceType {@code Job}, the only type the catalogue
 * lists), through {@link JobService#tag}/{@link JobService#untag}; ListJobs' Tags filter reads the result. Every
 * job named must exist before any is changed, so a refused request changes nothing. Keys follow the cloud's tag
 * rules: at most 128 characters, not starting with {@code aliyun} or {@code acs:}; values at most 128 characters;
 * at most {@link #MAX_TAGS} tags on one job.
 */
public final class TagService {

    /** The most tags one resource can carry. */
    public static final int MAX_TAGS = 20;
    private static final int MAX_LENGTH = 128;
    private static final List<String> RESOURCE_TYPES = List.of("Job");
    private static final List<String> BOOLEANS = List.of("true", "false");

    private final JobService jobs;

    public TagService(JobService jobs) {
        this.jobs = jobs;
    }

    /**
     * RegionId (the caller's region), ResourceId and ResourceType are required, and at least one Tag.
     *
     * @return the jobs tagged
     */
    public List<Job> tagResources(Caller caller, TagResourcesRequest request) {
        String region = Checks.required("RegionId", request.regionId());
        if (!region.equals(caller.region())) {
            throw EngineException.invalid("RegionId", "must be the region called, " + caller.region() + ", got "
                    + region);
        }
        List<Job> targets = targets(caller, request.resourceId(), request.resourceType());
        Map<String, String> tags = tags(request.tag());
        for (Job job : targets) {
            Map<String, String> after = new LinkedHashMap<>(job.tags());
            after.putAll(tags);
            if (after.size() > MAX_TAGS) {
                throw EngineException.invalid("Tag", "a job carries at most " + MAX_TAGS + " tags; job "
                        + job.jobId() + " would carry " + after.size());
            }
        }
        targets.forEach(job -> tags.forEach((key, value) -> jobs.tag(caller, job.jobId(), key, value)));
        return targets;
    }

    /**
     * Removes the TagKey keys, or every tag with All {@code true}; one of the two is required.
     *
     * @return the jobs untagged
     */
    public List<Job> untagResources(Caller caller, UntagResourcesRequest request) {
        List<Job> targets = targets(caller, request.resourceId(), request.resourceType());
        boolean all = Checks.oneOf("All", request.all(), BOOLEANS).map(Boolean::parseBoolean).orElse(false);
        if (!all && request.tagKey().isEmpty()) {
            throw EngineException.missing("TagKey");
        }
        targets.forEach(job -> jobs.untag(caller, job.jobId(), request.tagKey(), all));
        return targets;
    }

    private List<Job> targets(Caller caller, List<String> resourceIds, Optional<String> resourceType) {
        if (resourceIds.isEmpty()) {
            throw EngineException.missing("ResourceId");
        }
        Checks.oneOf("ResourceType", Optional.of(Checks.required("ResourceType", resourceType)), RESOURCE_TYPES);
        return resourceIds.stream().map(id -> jobs.find(caller, id)).toList();
    }

    private static Map<String, String> tags(List<TagResourcesRequestTag> given) {
        if (given.isEmpty()) {
            throw EngineException.missing("Tag");
        }
        Map<String, String> tags = new LinkedHashMap<>();
        for (int i = 0; i < given.size(); i++) {
            String field = "Tag[" + i + "]";
            String key = Checks.required(field + ".Key", given.get(i).key());
            String value = given.get(i).value().orElse("");
            if (key.length() > MAX_LENGTH || key.startsWith("aliyun") || key.startsWith("acs:")) {
                throw EngineException.invalid(field + ".Key", "must be at most " + MAX_LENGTH + " characters and "
                        + "not start with aliyun or acs:, got " + key);
            }
            if (value.length() > MAX_LENGTH) {
                throw EngineException.invalid(field + ".Value", "must be at most " + MAX_LENGTH + " characters");
            }
            tags.put(key, value);
        }
        return tags;
    }
}
