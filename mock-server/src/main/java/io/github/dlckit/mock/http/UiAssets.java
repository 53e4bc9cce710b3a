package io.github.dlckit.mock.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The web page's files, read from the class path: the page's own under {@value #PAGE_ROOT}, uPlot's from its
 * webjar. A request names a file by one path segment of plain characters, so no request can climb out of these two
 * folders; anything else is simply not found.
 */
final class UiAssets {

    /** An asset: its bytes and their media type. */
    record Asset(String contentType, byte[] bytes) {
    }

    private static final String PAGE_ROOT = "io/github/dlckit/mock/ui/";
    /** Written by the build from the POM's uplot.version (the shaded jars keep no webjar pom.properties). */
    private static final String UPLOT_VERSION = "io/github/dlckit/mock/ui/uplot.properties";
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,100}");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html;charset=utf-8",
            "js", "text/javascript;charset=utf-8",
            "css", "text/css;charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png");

    private final ClassLoader loader = UiAssets.class.getClassLoader();
    private final String webjarRoot = "META-INF/resources/webjars/uplot/" + uplotVersion() + "/dist/";

    /**
     * @param path the path below {@code /mock/ui/}: {@code ""} for the page, {@code app.js}, or
     *             {@code vendor/uplot/uPlot.iife.min.js}
     * @return the asset, or empty when there is no such file
     */
    Optional<Asset> find(String path) {
        if (path.isEmpty()) {
            return load(PAGE_ROOT, "index.html");
        }
        String vendor = "vendor/uplot/";
        return path.startsWith(vendor) ? load(webjarRoot, path.substring(vendor.length())) : load(PAGE_ROOT, path);
    }

    private Optional<Asset> load(String folder, String name) {
        if (!FILE_NAME.matcher(name).matches() || name.contains("..")) {
            return Optional.empty();
        }
        String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
        if (type == null) {
            return Optional.empty();
        }
        try (InputStream in = loader.getResourceAsStream(folder + name)) {
            return in == null ? Optional.empty() : Optional.of(new Asset(type, in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder + name + " from the class path", e);
        }
    }

    /** The webjar's version as the build recorded it, so a dependency upgrade needs no code change. */
    private static String uplotVersion() {
        ClassLoader loader = UiAssets.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(UPLOT_VERSION)) {
            if (in == null) {
                throw new IllegalStateException(UPLOT_VERSION + " is missing from the class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version");
            if (loader.getResource("META-INF/resources/webjars/uplot/" + version + "/dist/uPlot.iife.min.js") == null) {
                throw new IllegalStateException("the uPlot webjar (org.webjars.npm:uplot " + version
                        + ") is not on the class path");
            }
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + UPLOT_VERSION, e);
        }
    }
}
