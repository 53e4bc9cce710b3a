package io.github.dlckit.sdk.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The {@code user-agent}: {@code dlckit/<version> (Java <version>; <os>; <arch>)}, then the caller's suffix. */
public final class UserAgent {

    private static final String BASE = "dlckit/" + sdkVersion() + " (Java " + System.getProperty("java.version")
            + "; " + System.getProperty("os.name") + "; " + System.getProperty("os.arch") + ")";

    private UserAgent() {
    }

    /**
     * @param suffix the caller's addition, or null
     * @return the header value
     */
    public static String with(String suffix) {
        return suffix == null || suffix.isEmpty() ? BASE : BASE + " " + suffix;
    }

    /** @return this SDK's version, from the build ({@code unknown} when run from unpackaged sources) */
    public static String sdkVersion() {
        try (InputStream in = UserAgent.class.getResourceAsStream("/io/github/dlckit/sdk/dlckit-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
