package io.github.dlckit.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalogue's endpoint table: the public and VPC host patterns and the regions served by the central host.
 *
 * @param version the API version, e.g. {@code 2020-12-03}
 * @param pattern the public host, with {@code {regionId}}
 * @param vpcPattern the VPC host, with {@code {regionId}}
 * @param regional regions with a host of their own
 * @param centralised regions that resolve to the central host
 */
record Endpoints(String version, String pattern, String vpcPattern, List<String> regional, List<String> centralised) {

    static Endpoints read(Path catalogueFile) throws IOException {
        JsonNode root = new ObjectMapper().readTree(catalogueFile.toFile());
        JsonNode endpoints = root.path("endpoints");
        return new Endpoints(root.path("version").asText(), root.path("endpointPattern").asText(), endpoints.path("vpcPattern").asText(),
                texts(endpoints.path("regional")), texts(endpoints.path("centralised")));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(r -> out.add(r.asText()));
        return List.copyOf(out);
    }
}
