package io.github.dlckit.mock.engine.template;

import io.github.dlckit.mock.engine.Caller;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A job template: a name, description and metadata in a workspace, its versions (numbered from 1, never
 * removed) and which one is the default.
 */
public final class JobTemplate {

    private final String id;
    private final Caller owner;
    private final String workspaceId;
    private final Instant created;
    private final List<TemplateVersion> versions = new ArrayList<>();
    private String name;
    private String description;
    private Map<String, Object> metadata;
    private int defaultVersion = 1;
    private Instant modified;
    private String modifiedBy;

    JobTemplate(String id, Caller owner, String workspaceId, String name, String description,
                Map<String, Object> metadata, Instant created) {
        this.id = id;
        this.owner = owner;
        this.workspaceId = workspaceId;
        this.name = name;
        this.description = description;
        this.metadata = metadata;
        this.created = created;
        this.modified = created;
        this.modifiedBy = owner.userId();
    }

    public String id() {
        return id;
    }

    public Caller owner() {
        return owner;
    }

    public String workspaceId() {
        return workspaceId;
    }

    public Instant created() {
        return created;
    }

    public String name() {
        return name;
    }

    void name(String value) {
        this.name = value;
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    void description(String value) {
        this.description = value;
    }

    public Map<String, Object> metadata() {
        return metadata;
    }

    void metadata(Map<String, Object> value) {
        this.metadata = value;
    }

    /** @return every version, oldest first */
    public List<TemplateVersion> versions() {
        return versions;
    }

    /** @return the version with this number, if there is one */
    public Optional<TemplateVersion> version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }

    /** @return the newest version */
    public TemplateVersion latest() {
        return versions.get(versions.size() - 1);
    }

    public int defaultVersion() {
        return defaultVersion;
    }

    void defaultVersion(int number) {
        this.defaultVersion = number;
    }

    public Instant modified() {
        return modified;
    }

    public String modifiedBy() {
        return modifiedBy;
    }

    /** Records a change by a user. */
    void modified(Instant at, String userId) {
        this.modified = at;
        this.modifiedBy = userId;
    }
}
