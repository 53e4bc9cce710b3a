package io.github.dlckit.sdk.auth;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Test doubles for the credentials seams: a settable clock, a fake environment, canned response bodies. */
public final class AuthFixtures {

    /** The instant every test clock starts at. */
    public static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

    private AuthFixtures() {
    }

    /** A fake process: environment variables, system properties and a home directory. */
    public static final class FakeEnvironment {
        private final Map<String, String> env = new HashMap<>();
        private final Map<String, String> props = new HashMap<>();
        private final Path home;

        public FakeEnvironment(Path home) {
            this.home = home;
        }

        public FakeEnvironment env(String name, String value) {
            env.put(name, value);
            return this;
        }

        public FakeEnvironment property(String name, String value) {
            props.put(name, value);
            return this;
        }

        public AuthEnvironment build() {
            return AuthEnvironment.of(env, props, home);
        }

        /** A context over this environment, the clock, and every endpoint pointing at {@code baseUrl}. */
        public CredentialsContext context(Clock clock, String baseUrl) {
            return CredentialsContext.builder().environment(build()).clock(clock)
                    .stsEndpoint(baseUrl).ecsMetadataEndpoint(baseUrl).build();
        }
    }

    /** An STS AssumeRole / AssumeRoleWithOIDC success body. */
    public static String stsBody(String id, String secret, String token, Instant expiration) {
        return "{\"RequestId\":\"6894B13B-6D71-4EF5-88FA-F32781734A7F\","
                + "\"AssumedRoleUser\":{\"Arn\":\"acs:ram::123:role/r/s\",\"AssumedRoleId\":\"344:s\"},"
                + "\"Credentials\":{\"SecurityToken\":\"" + token + "\",\"AccessKeyId\":\"" + id + "\","
                + "\"AccessKeySecret\":\"" + secret + "\",\"Expiration\":\"" + expiration + "\"}}";
    }

    /** An ECS metadata / credentials URI success body. */
    public static String codeSuccessBody(String id, String secret, String token, Instant expiration) {
        return "{\"AccessKeyId\":\"" + id + "\",\"AccessKeySecret\":\"" + secret + "\",\"Expiration\":\""
                + expiration + "\",\"SecurityToken\":\"" + token + "\",\"LastUpdated\":\"" + T0 + "\","
                + "\"Code\":\"Success\"}";
    }

    /** An STS error body. */
    public static String stsErrorBody(String code, String message) {
        return "{\"RequestId\":\"REQ-1\",\"HostId\":\"sts.aliyuncs.com\",\"Code\":\"" + code + "\",\"Message\":\""
                + message + "\",\"Recommend\":\"https://api.aliyun.com/troubleshoot?q=" + code + "\"}";
    }
}
