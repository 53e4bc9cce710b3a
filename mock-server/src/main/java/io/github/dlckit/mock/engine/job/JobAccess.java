package io.github.dlckit.mock.engine.job;

import io.github.dlckit.mock.engine.Caller;

/**
 * Who in an account may see and operate a job (the vendor's {@code Accessibility}): a {@code PUBLIC} job every
 * user of the workspace, a {@code PRIVATE} one (the default) only the user who created it. Other accounts never
 * see a job at all (the store keeps accounts apart).
 */
final class JobAccess {

    static final String PRIVATE = "PRIVATE";

    private JobAccess() {
    }

    /** @return whether the caller, a user of the job's account, may see and operate the job */
    static boolean allows(Caller caller, Job job) {
        return !PRIVATE.equals(job.accessibility()) || job.owner().userId().equals(caller.userId());
    }
}
