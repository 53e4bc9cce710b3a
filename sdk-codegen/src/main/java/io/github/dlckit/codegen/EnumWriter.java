package io.github.dlckit.codegen;

import io.github.dlckit.codegen.Customisations.EnumSpec;
import io.github.dlckit.codegen.Customisations.EnumValue;
import io.github.dlckit.codegen.Customisations.Predicate;

import java.util.stream.Collectors;

/** Writes one closed value set as a Java enum that still reads values it does not know. */
final class EnumWriter {

    private final String packageName;

    EnumWriter(String packageName) {
        this.packageName = packageName;
    }

    SourceFile write(EnumSpec spec) {
        String name = spec.name();
        SourceFile src = new SourceFile(packageName, name);
        src.javadoc(new Javadoc().text(spec.doc())
                .markup("Reading never fails on a value this SDK does not know (the service adds values): it "
                        + "becomes {@link #UNKNOWN}, and the attribute itself keeps the text as sent."));
        src.open("public enum " + name + " implements WireEnum {");
        for (EnumValue v : spec.values()) {
            src.javadoc(new Javadoc().markup(Javadoc.escape(v.doc()) + " Wire value {@code " + v.wireValue() + "}."));
            src.line(v.constant() + "(\"" + v.wireValue() + "\"),");
        }
        src.javadoc(new Javadoc().markup("No value, or a value this version of the SDK does not know."));
        src.line("UNKNOWN(null);");
        src.line("");
        src.line("private final String wireValue;");
        src.line("");
        src.open(name + "(String wireValue) {").line("this.wireValue = wireValue;").close("}");
        src.line("");
        src.javadoc(new Javadoc().markup("The text the service uses for this value.")
                        .tag("@return the wire value, or null for {@link #UNKNOWN}"))
                .line("@Override")
                .open("public String wireValue() {").line("return wireValue;").close("}");
        src.line("");
        src.javadoc(new Javadoc().markup("The constant for a value as sent by the service.")
                        .tag("@param wireValue the text, possibly null")
                        .tag("@return its constant, or {@link #UNKNOWN}"))
                .open("public static " + name + " fromWire(String wireValue) {")
                .line("return WireEnums.fromWire(" + name + ".class, wireValue);")
                .close("}");
        for (Predicate p : spec.predicates()) {
            String constants = p.values().stream().map(w -> "this == " + constantOf(spec, w))
                    .collect(Collectors.joining(" || "));
            src.line("");
            src.javadoc(new Javadoc().text(p.doc()).tag("@return true for " + p.values().stream()
                            .map(w -> "{@link #" + constantOf(spec, w) + "}").collect(Collectors.joining(", "))))
                    .open("public boolean " + p.name() + "() {").line("return " + constants + ";").close("}");
        }
        src.close("}");
        return src;
    }

    private static String constantOf(EnumSpec spec, String wireValue) {
        return spec.values().stream().filter(v -> v.wireValue().equals(wireValue)).findFirst()
                .orElseThrow(() -> new IllegalStateException(spec.name() + " has no value " + wireValue))
                .constant();
    }
}
