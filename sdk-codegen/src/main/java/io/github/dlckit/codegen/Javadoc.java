package io.github.dlckit.codegen;

import java.util.ArrayList;
import java.util.List;

/** Builds a Javadoc comment from plain catalogue text: escapes it, wraps it, adds paragraphs and tags. */
final class Javadoc {

    private static final int WIDTH = 100;

    private final List<String> paragraphs = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();

    /** A paragraph of plain text (escaped here). */
    Javadoc text(String plain) {
        if (plain != null && !plain.isBlank()) {
            paragraphs.add(sentence(escape(plain.strip())));
        }
        return this;
    }

    /** A paragraph that already is Javadoc markup (not escaped). */
    Javadoc markup(String html) {
        paragraphs.add(html);
        return this;
    }

    /** A block tag such as {@code @deprecated ...} (markup). */
    Javadoc tag(String tag) {
        tags.add(tag);
        return this;
    }

    /** Escapes plain text for use inside a comment. */
    static String escape(String plain) {
        return plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("*/", "*&#47;").replace("@", "&#64;").replace("{", "&#123;").replace("}", "&#125;");
    }

    /** Plain text as inline code: {@code <code>} with escaping, safe for braces and at-signs. */
    static String code(String plain) {
        return "<code>" + escape(plain) + "</code>";
    }

    List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add("/**");
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i > 0) {
                out.add(" *");
            }
            wrap(i > 0 ? "<p>" + paragraphs.get(i) : paragraphs.get(i), out);
        }
        if (!tags.isEmpty()) {
            out.add(" *");
            for (String tag : tags) {
                wrap(tag, out);
            }
        }
        out.add(" */");
        return out;
    }

    private static void wrap(String text, List<String> out) {
        StringBuilder line = new StringBuilder(" *");
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > WIDTH && line.length() > 2) {
                out.add(line.toString());
                line = new StringBuilder(" *");
            }
            line.append(' ').append(word);
        }
        out.add(line.toString());
    }

    private static String sentence(String text) {
        String first = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return first.endsWith(".") || first.endsWith(")") && first.contains(".") ? first : first + ".";
    }
}
