package io.github.dlckit.mock.engine.template;

import java.util.List;

/**
 * A template as GetJobTemplate reads it: the template and the versions asked for.
 *
 * @param template the template
 * @param shown the versions asked for, oldest first
 */
public record TemplateVersions(JobTemplate template, List<TemplateVersion> shown) {
}
