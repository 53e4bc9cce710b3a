package io.github.dlckit.sdk.auth.provider;

import java.util.Objects;

/**
 * The role to assume through STS and how: role ARN, session name, duration (default
 * {@value #DEFAULT_DURATION_SECONDS} s, at least {@value #MIN_DURATION_SECONDS} s), optional policy and external
 * id, and the STS endpoint choice (region, VPC). Unset region and VPC flag fall back to
 * {@code ALIBABA_CLOUD_STS_REGION} and {@code ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED}; an unset session name to
 * {@code ALIBABA_CLOUD_ROLE_SESSION_NAME}, else a generated {@code dlckit-<millis>}. Immutable.
 */
public final class AssumeRoleSettings {

    /** The session duration when none is given. */
    public static final int DEFAULT_DURATION_SECONDS = 3600;
    /** The shortest session STS grants. */
    public static final int MIN_DURATION_SECONDS = 900;

    private final String roleArn;
    private final String roleSessionName;
    private final int durationSeconds;
    private final String policy;
    private final String externalId;
    private final String stsRegion;
    private final Boolean enableVpc;

    private AssumeRoleSettings(Builder b) {
        this.roleArn = ProviderSupport.text(b.roleArn);
        if (roleArn == null) {
            throw new IllegalArgumentException("roleArn must not be empty");
        }
        if (b.durationSeconds < MIN_DURATION_SECONDS) {
            throw new IllegalArgumentException("durationSeconds must be at least " + MIN_DURATION_SECONDS + ", not "
                    + b.durationSeconds);
        }
        this.roleSessionName = ProviderSupport.text(b.roleSessionName);
        this.durationSeconds = b.durationSeconds;
        this.policy = ProviderSupport.text(b.policy);
        this.externalId = ProviderSupport.text(b.externalId);
        this.stsRegion = ProviderSupport.text(b.stsRegion);
        this.enableVpc = b.enableVpc;
    }

    /**
     * @param roleArn e.g. {@code acs:ram::123456789012:role/dlc-runner}
     * @return a builder
     */
    public static Builder builder(String roleArn) {
        return new Builder().roleArn(roleArn);
    }

    /** @return the role ARN */
    public String roleArn() {
        return roleArn;
    }

    /** @return the session name, or null for the environment's or a generated one */
    public String roleSessionName() {
        return roleSessionName;
    }

    /** @return the requested session duration in seconds */
    public int durationSeconds() {
        return durationSeconds;
    }

    /** @return the session policy (JSON), or null */
    public String policy() {
        return policy;
    }

    /** @return the external id (RAM role trust policy condition), or null */
    public String externalId() {
        return externalId;
    }

    /** @return the STS region ({@code sts.<region>.aliyuncs.com}), or null for the environment's or the central host */
    public String stsRegion() {
        return stsRegion;
    }

    /** @return whether to use the {@code sts-vpc} host, or null for the environment's choice */
    public Boolean enableVpc() {
        return enableVpc;
    }

    @Override
    public String toString() {
        return "AssumeRoleSettings{roleArn=" + roleArn
                + (roleSessionName != null ? ", roleSessionName=" + roleSessionName : "")
                + ", durationSeconds=" + durationSeconds
                + (policy != null ? ", policy=<set>" : "")
                + (externalId != null ? ", externalId=<set>" : "")
                + (stsRegion != null ? ", stsRegion=" + stsRegion : "")
                + (enableVpc != null ? ", enableVpc=" + enableVpc : "") + "}";
    }

    /** Builds {@link AssumeRoleSettings}. */
    public static final class Builder {
        private String roleArn;
        private String roleSessionName;
        private int durationSeconds = DEFAULT_DURATION_SECONDS;
        private String policy;
        private String externalId;
        private String stsRegion;
        private Boolean enableVpc;

        private Builder() {
        }

        /**
         * @param roleArn the role to assume
         * @return this builder
         */
        public Builder roleArn(String roleArn) {
            this.roleArn = roleArn;
            return this;
        }

        /**
         * @param name the session name (null: from the environment or generated)
         * @return this builder
         */
        public Builder roleSessionName(String name) {
            this.roleSessionName = name;
            return this;
        }

        /**
         * @param seconds the session duration; null or 0 for the default
         * @return this builder
         */
        public Builder durationSeconds(Integer seconds) {
            this.durationSeconds = seconds == null || seconds == 0 ? DEFAULT_DURATION_SECONDS : seconds;
            return this;
        }

        /**
         * @param policy a session policy (JSON) narrowing the role's permissions, or null
         * @return this builder
         */
        public Builder policy(String policy) {
            this.policy = policy;
            return this;
        }

        /**
         * @param externalId the external id the role's trust policy asks for, or null
         * @return this builder
         */
        public Builder externalId(String externalId) {
            this.externalId = externalId;
            return this;
        }

        /**
         * @param region the STS region, or null
         * @return this builder
         */
        public Builder stsRegion(String region) {
            this.stsRegion = region;
            return this;
        }

        /**
         * @param enableVpc whether to use {@code sts-vpc.<region>.aliyuncs.com}; null for the environment's choice
         * @return this builder
         */
        public Builder enableVpc(Boolean enableVpc) {
            this.enableVpc = enableVpc;
            return this;
        }

        /**
         * @return the settings
         * @throws IllegalArgumentException when the role ARN is empty or the duration below the minimum
         */
        public AssumeRoleSettings build() {
            return new AssumeRoleSettings(this);
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof AssumeRoleSettings)) {
            return false;
        }
        AssumeRoleSettings s = (AssumeRoleSettings) o;
        return roleArn.equals(s.roleArn) && Objects.equals(roleSessionName, s.roleSessionName)
                && durationSeconds == s.durationSeconds && Objects.equals(policy, s.policy)
                && Objects.equals(externalId, s.externalId) && Objects.equals(stsRegion, s.stsRegion)
                && Objects.equals(enableVpc, s.enableVpc);
    }

    @Override
    public int hashCode() {
        return Objects.hash(roleArn, roleSessionName, durationSeconds, policy, externalId, stsRegion, enableVpc);
    }
}
