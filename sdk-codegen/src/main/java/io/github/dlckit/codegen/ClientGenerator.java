package io.github.dlckit.codegen;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Generates the operation surface of sdk-core from the API catalogue: the per-operation methods of
 * {@code DlcClient} and {@code DlcAsyncClient} (as the interfaces they extend) and the endpoint table.
 * The hand-written client interfaces add the builder, paginators, waiters and {@code close()}.
 *
 * <p>Usage: {@code ClientGenerator <catalogue.json> <output source root>}.
 */
public final class ClientGenerator {

    public static final String SDK_PACKAGE = "io.github.dlckit.sdk";
    public static final String INTERNAL_PACKAGE = "io.github.dlckit.sdk.internal";

    private ClientGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ClientGenerator <catalogue.json> <output source root>");
            System.exit(2);
        }
        Path catalogueFile = Path.of(args[0]);
        Path out = Path.of(args[1]);
        ModelPlan plan = new ModelPlan(Catalogue.read(catalogueFile), Customisations.load());
        SourceTree.empty(out);
        for (ClientFlavour flavour : ClientFlavour.values()) {
            new ClientInterfaceWriter(plan, flavour, SDK_PACKAGE, ModelGenerator.MODEL_PACKAGE).write().writeTo(out);
        }
        new EndpointsWriter(Endpoints.read(catalogueFile), INTERNAL_PACKAGE).write().writeTo(out);
        System.out.println("dlc-sdk-codegen: wrote the client surface of " + plan.operations().size()
                + " operations to " + SourceTree.describe(out));
    }
}
