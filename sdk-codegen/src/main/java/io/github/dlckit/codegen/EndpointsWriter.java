package io.github.dlckit.codegen;

import java.util.List;

/** Writes the API version and endpoint table of the catalogue as constants for sdk-core's endpoint resolution. */
final class EndpointsWriter {

    static final String CLASS_NAME = "ApiCatalogue";

    private final Endpoints endpoints;
    private final String packageName;

    EndpointsWriter(Endpoints endpoints, String packageName) {
        this.endpoints = endpoints;
        this.packageName = packageName;
    }

    SourceFile write() {
        SourceFile src = new SourceFile(packageName, CLASS_NAME)
                .imports(List.of("java.util.Arrays", "java.util.Collections", "java.util.HashSet", "java.util.Set"));
        src.javadoc(new Javadoc().markup("The API version and the endpoint table of the catalogue: host patterns with {@code {regionId}}, "
                + "and the regions that the vendor's table sends to the central host."));
        src.open("public final class " + CLASS_NAME + " {");
        src.line("");
        src.javadoc(new Javadoc().markup("The API version, sent as {@code x-acs-version}."));
        src.line("public static final String VERSION = \"" + endpoints.version() + "\";");
        src.line("");
        src.javadoc(new Javadoc().markup("Public host pattern."));
        src.line("public static final String PATTERN = \"" + endpoints.pattern() + "\";");
        src.line("");
        src.javadoc(new Javadoc().markup("The central host, for the regions in {@link #CENTRALISED}."));
        src.line("public static final String CENTRAL = \"" + endpoints.pattern().replace(".{regionId}", "") + "\";");
        src.line("");
        src.javadoc(new Javadoc().markup("VPC (PrivateLink) host pattern."));
        src.line("public static final String VPC_PATTERN = \"" + endpoints.vpcPattern() + "\";");
        src.line("");
        src.javadoc(new Javadoc().markup("Regions with a host of their own."));
        regionSet(src, "REGIONAL", endpoints.regional());
        src.javadoc(new Javadoc().markup("Regions served by the central host."));
        regionSet(src, "CENTRALISED", endpoints.centralised());
        src.open("private " + CLASS_NAME + "() {").close("}");
        src.close("}");
        return src;
    }

    private static void regionSet(SourceFile src, String name, List<String> regions) {
        src.line("public static final Set<String> " + name + " = Collections.unmodifiableSet(new HashSet<>(Arrays.asList(");
        for (int i = 0; i < regions.size(); i++) {
            src.line("        \"" + regions.get(i) + "\"" + (i < regions.size() - 1 ? "," : ""));
        }
        src.line(")));");
        src.line("");
    }
}
