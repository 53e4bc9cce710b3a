package io.github.dlckit.mock.auth;

import java.util.Comparator;
import java.util.Map;

/** Both schemes sort query pairs by key in plain code-unit order ({@code Zone} before {@code callerTag}). */
final class QueryOrder {

    static final Comparator<Map.Entry<String, String>> BY_KEY_THEN_VALUE =
            Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue());

    private QueryOrder() {
    }
}
