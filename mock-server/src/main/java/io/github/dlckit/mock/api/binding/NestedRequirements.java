package io.github.dlckit.mock.api.binding;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dlckit.mock.engine.EngineException;

import java.util.List;

/**
 * Fields of nested structures the service requires although the catalogue marks them optional (its schema is
 * shared by requests that fill them from elsewhere): a role of a job runs an image on some resource, so a
 * {@code JobSpec} needs {@code Image} and one of {@code EcsSpec}, {@code ResourceConfig} or {@code ElasticSpotSpecs}.
 */
final class NestedRequirements {

    private static final List<String> RESOURCE_FIELDS = List.of("EcsSpec", "ResourceConfig", "ElasticSpotSpecs");

    private NestedRequirements() {
    }

    static void check(String shape, JsonNode object, String path) {
        if (!shape.equals("JobSpec")) {
            return;
        }
        if (!object.hasNonNull("Image")) {
            throw ShapeChecker.missing(path + ".Image", "Image");
        }
        if (RESOURCE_FIELDS.stream().noneMatch(object::hasNonNull)) {
            throw EngineException.invalid(path, "a role needs its resources: one of "
                    + String.join(", ", RESOURCE_FIELDS));
        }
    }
}
