package io.github.dlckit.codegen;

import io.github.dlckit.codegen.Customisations.EnumSpec;
import io.github.dlckit.codegen.ModelPlan.ValueType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generates the sdk-models sources from the API catalogue: a value type per shape, request and
 * response types per operation, the enums, the operation descriptors, and a JSON reader per value type
 * (reflection-free deserializers, see {@link ReaderWriter}).
 *
 * <p>A type that exists as a hand-written source file is not generated: the hand-written file wins
 * (the coverage test still checks it against the catalogue).
 *
 * <p>Usage: {@code ModelGenerator <catalogue.json> <output source root> <hand-written source root>}.
 */
public final class ModelGenerator {

    public static final String MODEL_PACKAGE = "io.github.dlckit.model";
    public static final String OPERATION_PACKAGE = "io.github.dlckit.model.operation";
    public static final String JSON_PACKAGE = "io.github.dlckit.model.json";

    private final ModelPlan plan;
    private final Path handWritten;

    public ModelGenerator(ModelPlan plan, Path handWritten) {
        this.plan = plan;
        this.handWritten = handWritten;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: ModelGenerator <catalogue.json> <output source root> <hand-written source root>");
            System.exit(2);
        }
        ModelPlan plan = new ModelPlan(Catalogue.read(Path.of(args[0])), Customisations.load());
        int written = new ModelGenerator(plan, Path.of(args[2])).generate(Path.of(args[1]));
        System.out.println("dlc-sdk-codegen: wrote " + written + " files for " + plan.operations().size()
                + " operations and " + plan.catalogue().shapes().size() + " shapes to " + SourceTree.describe(Path.of(args[1])));
    }

    /** Writes every generated file below {@code out}, after emptying it; returns how many. */
    public int generate(Path out) throws IOException {
        SourceTree.empty(out);
        int count = 0;
        ValueTypeWriter values = new ValueTypeWriter(plan, MODEL_PACKAGE);
        for (ValueType type : plan.types().values()) {
            if (!isHandWritten(MODEL_PACKAGE, type.javaName())) {
                values.write(type).writeTo(out);
                count++;
            }
        }
        EnumWriter enums = new EnumWriter(MODEL_PACKAGE);
        for (EnumSpec spec : plan.customisations().enums()) {
            if (!isHandWritten(MODEL_PACKAGE, spec.name())) {
                enums.write(spec).writeTo(out);
                count++;
            }
        }
        new OperationsWriter(plan, OPERATION_PACKAGE, MODEL_PACKAGE).write().writeTo(out);
        count++;
        ReaderWriter readers = new ReaderWriter(plan, JSON_PACKAGE, MODEL_PACKAGE);
        for (ValueType type : plan.types().values()) {
            readers.write(type).writeTo(out);
            count++;
        }
        readers.registry(plan.types().values()).writeTo(out);
        return count + 1;
    }

    private boolean isHandWritten(String pkg, String type) {
        return Files.exists(handWritten.resolve(pkg.replace('.', '/')).resolve(type + ".java"));
    }
}
