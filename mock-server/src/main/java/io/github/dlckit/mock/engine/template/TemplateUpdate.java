package io.github.dlckit.mock.engine.template;

/**
 * What UpdateJobTemplate did: the version it touched and whether it made that version.
 *
 * @param template the template, updated
 * @param version the version edited or created, or the default version when the update touched none
 * @param versionCreated whether the update made a new version
 */
public record TemplateUpdate(JobTemplate template, int version, boolean versionCreated) {
}
