package io.github.dlckit.model.validation;

import io.github.dlckit.model.CreateJobRequest;
import io.github.dlckit.model.CreateTensorboardRequest;
import io.github.dlckit.model.JobSpec;
import io.github.dlckit.model.UpdateJobRequest;

import java.util.List;
import java.util.OptionalInt;

/** Rules on job-shaped requests that hold whatever the resource type: pod counts, priorities, each role's bid. */
final class JobRules {

    /** The catalogue's range of {@code Priority} (CreateJob, CreateTensorboard). */
    static final int MIN_PRIORITY = 1;
    static final int MAX_PRIORITY = 9;

    private JobRules() {
    }

    static void checkCreateJob(CreateJobRequest request, List<Violation> out) {
        priorityInRange(request.priority(), out);
        jobSpecs(request.jobSpecs(), out);
    }

    static void checkUpdateJob(UpdateJobRequest request, List<Violation> out) {
        jobSpecs(request.jobSpecs(), out);
    }

    /** CreateTensorboard sends its priority as text, so it must also be a number. */
    static void checkCreateTensorboard(CreateTensorboardRequest request, List<Violation> out) {
        if (!request.priority().isPresent()) {
            return;
        }
        String text = request.priority().get();
        try {
            priorityInRange(OptionalInt.of(Integer.parseInt(text.trim())), out);
        } catch (NumberFormatException e) {
            out.add(new Violation("Priority", "Range", "requires a number from " + MIN_PRIORITY + " to "
                    + MAX_PRIORITY + ", got " + text));
        }
    }

    private static void jobSpecs(List<JobSpec> specs, List<Violation> out) {
        for (int i = 0; i < specs.size(); i++) {
            JobSpec spec = specs.get(i);
            String path = "JobSpecs[" + i + "]";
            podCountAtLeastOne(spec, path, out);
            if (spec.spotSpec().isPresent()) {
                SpotRules.check(spec.spotSpec().get(), path + ".SpotSpec", out);
            }
        }
    }

    /** A role runs at least one pod. */
    static void podCountAtLeastOne(JobSpec spec, String path, List<Violation> out) {
        if (spec.podCount().isPresent() && spec.podCount().getAsLong() < 1) {
            out.add(new Violation(path + ".PodCount", "PodCount", "requires at least 1, got " + spec.podCount().getAsLong()));
        }
    }

    /** Priority is 1 to 9. */
    static void priorityInRange(OptionalInt priority, List<Violation> out) {
        if (priority.isPresent() && (priority.getAsInt() < MIN_PRIORITY || priority.getAsInt() > MAX_PRIORITY)) {
            out.add(new Violation("Priority", "Range", "requires " + MIN_PRIORITY + " to " + MAX_PRIORITY
                    + ", got " + priority.getAsInt()));
        }
    }
}
