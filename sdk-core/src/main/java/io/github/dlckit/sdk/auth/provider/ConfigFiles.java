package io.github.dlckit.sdk.auth.provider;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parsers of the two credentials files: the CLI's {@code config.json} ({@code current} and an array of
 * {@code profiles}, each an object with {@code name} and {@code mode}) and the shared ini file ({@code [section]}
 * lines and {@code key = value} lines; {@code ;} and {@code #} start comment lines). Messages name the file and
 * line, never a value.
 */
final class ConfigFiles {

    private ConfigFiles() {
    }

    /** A parsed {@code config.json}. */
    static final class CliConfig {
        final Path path;
        final String current;
        final Map<String, Map<String, String>> profiles;

        CliConfig(Path path, String current, Map<String, Map<String, String>> profiles) {
            this.path = path;
            this.current = current;
            this.profiles = profiles;
        }
    }

    /**
     * @param path the CLI config file
     * @return its current profile's name and every profile's scalar fields as text
     */
    static CliConfig readCliConfig(Path path) {
        JsonNode root = CredentialsJson.parseOrNull(new String(read(path), StandardCharsets.UTF_8));
        if (root == null) {
            throw ProviderSupport.declined(path + " is not a JSON object");
        }
        Map<String, Map<String, String>> profiles = new LinkedHashMap<>();
        JsonNode list = root.path("profiles");
        for (JsonNode profile : list) {
            String name = CredentialsJson.text(profile, "name");
            if (name != null && profile.isObject() && !profiles.containsKey(name)) {
                profiles.put(name, scalars(profile));
            }
        }
        return new CliConfig(path, CredentialsJson.text(root, "current"), profiles);
    }

    private static Map<String, String> scalars(JsonNode object) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            if (field.getValue().isValueNode() && !field.getValue().isNull()) {
                fields.put(field.getKey(), field.getValue().asText());
            }
        }
        return fields;
    }

    /**
     * @param path an ini file
     * @return its sections (in file order) with their keys and values
     */
    static Map<String, Map<String, String>> readIni(Path path) {
        String text = new String(read(path), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, String> section = null;
        List<String> lines = Arrays.asList(text.split("\r?\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty() || line.startsWith(";") || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                if (!line.endsWith("]")) {
                    throw ProviderSupport.declined(path + " line " + (i + 1) + ": a section header must end with ]");
                }
                section = sections.computeIfAbsent(line.substring(1, line.length() - 1).trim(),
                        k -> new LinkedHashMap<>());
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw ProviderSupport.declined(path + " line " + (i + 1) + ": expected [section] or key = value");
            }
            if (section == null) {
                throw ProviderSupport.declined(path + " line " + (i + 1) + ": key = value before any [section]");
            }
            section.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
        }
        return sections;
    }

    private static byte[] read(Path path) {
        if (!Files.isRegularFile(path)) {
            throw ProviderSupport.declined(path + " does not exist");
        }
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw ProviderSupport.declined("cannot read " + path + " (" + e.getClass().getSimpleName() + ")");
        }
    }
}
