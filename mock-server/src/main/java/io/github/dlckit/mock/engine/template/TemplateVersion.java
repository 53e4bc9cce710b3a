package io.github.dlckit.mock.engine.template;

import java.time.Instant;
import java.util.Map;

/**
 * One version of a job template: the job definition (Content, a JSON object as text) and the constraints on its
 * fields ({@code locked}, {@code overridable} or {@code required} per field path). UpdateJobTemplate with a
 * {@code version} edits both in place.
 */
public final class TemplateVersion {

    private final int number;
    private final String createdBy;
    private final Instant created;
    private String content;
    private Map<String, Object> constraints;

    TemplateVersion(int number, String content, Map<String, Object> constraints, String createdBy, Instant created) {
        this.number = number;
        this.content = content;
        this.constraints = constraints;
        this.createdBy = createdBy;
        this.created = created;
    }

    public int number() {
        return number;
    }

    /** @return the job definition as JSON text */
    public String content() {
        return content;
    }

    void content(String value) {
        this.content = value;
    }

    public Map<String, Object> constraints() {
        return constraints;
    }

    void constraints(Map<String, Object> value) {
        this.constraints = value;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant created() {
        return created;
    }
}
