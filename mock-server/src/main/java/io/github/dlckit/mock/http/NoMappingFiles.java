package io.github.dlckit.mock.http;

import com.github.tomakehurst.wiremock.standalone.MappingsSource;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;

import java.util.List;

/**
 * No stub files: WireMock would otherwise load whatever {@code src/test/resources/mappings} holds in the working
 * directory, and the mock must behave the same wherever it starts. Users add stubs through the API instead.
 */
public final class NoMappingFiles implements MappingsSource {

    @Override
    public void loadMappingsInto(StubMappings stubMappings) {
        // nothing to load
    }

    @Override
    public void save(List<StubMapping> stubMappings) {
        // stubs are not saved to files
    }

    @Override
    public void save(StubMapping stubMapping) {
        // stubs are not saved to files
    }

    /** Required by the interface; WireMock marks it for removal. */
    @Override
    @SuppressWarnings("removal")
    public void remove(StubMapping stubMapping) {
        // nothing saved, nothing to remove
    }

    @Override
    public void removeAll() {
        // nothing saved, nothing to remove
    }
}
