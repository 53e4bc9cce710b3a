package io.github.dlckit.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How catalogue names become Java names. */
public final class JavaNames {

    /** Words of a PascalCase name: plural acronyms ("CIDRs"), acronyms ("GPU"), words, digits. */
    private static final Pattern WORD = Pattern.compile(
            "[A-Z]{2,}s(?=[A-Z]|\\d|$)|[A-Z]+(?=[A-Z][a-z]|\\d|$)|[A-Z]?[a-z]+|\\d+|[A-Z]+");

    private static final Set<String> RESERVED = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
            "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
            "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
            "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized",
            "this", "throw", "throws", "transient", "try", "void", "volatile", "while",
            // methods every value type declares itself or inherits
            "builder", "toBuilder", "from", "hashCode", "equals", "toString", "getClass");

    private JavaNames() {
    }

    /**
     * The Java type of a catalogue shape. Response bodies are the operations' response types, so
     * {@code GetJobResponseBody} becomes {@code GetJobResponse} and {@code GetJobResponseBodyPods}
     * becomes {@code GetJobResponsePods}; every other name is kept.
     */
    public static String typeName(String shapeName) {
        return shapeName.replaceFirst("ResponseBody", "Response");
    }

    /**
     * The accessor of a field: lower camel case with acronyms folded like words, so {@code GPUType}
     * is {@code gpuType}, {@code EnableRDMA} is {@code enableRdma} and both {@code ExtendedCIDRs} and
     * {@code ExtendedCidrs} are {@code extendedCidrs}.
     */
    public static String attributeName(String fieldName) {
        List<String> words = words(fieldName);
        StringBuilder out = new StringBuilder(words.get(0).toLowerCase(Locale.ROOT));
        for (String word : words.subList(1, words.size())) {
            out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        String name = out.toString();
        if (RESERVED.contains(name)) {
            throw new IllegalArgumentException("field " + fieldName + " maps to a reserved Java name: " + name);
        }
        return name;
    }

    /** {@code JobStatus} → {@code jobStatus}: a parameter or variable name for a type. */
    public static String variableName(String typeName) {
        return attributeName(typeName);
    }

    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(name);
        int end = 0;
        while (m.find()) {
            if (m.start() != end) {
                throw new IllegalArgumentException("cannot split name " + name + " at " + end);
            }
            words.add(m.group());
            end = m.end();
        }
        if (end != name.length() || words.isEmpty()) {
            throw new IllegalArgumentException("cannot split name " + name);
        }
        return words;
    }
}
