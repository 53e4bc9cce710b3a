package io.github.dlckit.sdk.auth;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the credential providers read their settings: environment variables, Java system properties and the
 * user's home directory. {@link #system()} reads the real process; tests and embedders pass {@link #of} instead,
 * so that no provider ever touches {@link System#getenv()} directly.
 */
public interface AuthEnvironment {

    /**
     * @param name an environment variable, e.g. {@code ALIBABA_CLOUD_ACCESS_KEY_ID}
     * @return its value, or null when unset
     */
    String getenv(String name);

    /**
     * @param name a Java system property, e.g. {@code alibabacloud.accessKeyId}
     * @return its value, or null when unset
     */
    String getProperty(String name);

    /**
     * @return the home directory that holds {@code .aliyun/config.json} and {@code .alibabacloud/credentials.ini}
     */
    Path homeDirectory();

    /**
     * The running process: {@link System#getenv(String)}, {@link System#getProperty(String)} and
     * {@code user.home}.
     *
     * @return the process environment
     */
    static AuthEnvironment system() {
        return new FunctionAuthEnvironment("AuthEnvironment.system()", System::getenv, System::getProperty,
                () -> Paths.get(System.getProperty("user.home", ".")));
    }

    /**
     * A fixed environment (copies of the maps are taken).
     *
     * @param environment environment variables
     * @param properties system properties
     * @param home the home directory
     * @return the environment
     */
    static AuthEnvironment of(Map<String, String> environment, Map<String, String> properties, Path home) {
        Map<String, String> env = Collections.unmodifiableMap(new HashMap<>(environment));
        Map<String, String> props = Collections.unmodifiableMap(new HashMap<>(properties));
        return new FunctionAuthEnvironment("AuthEnvironment.of(" + env.keySet() + ", " + props.keySet() + ", " + home
                + ")", env::get, props::get, () -> home);
    }
}
