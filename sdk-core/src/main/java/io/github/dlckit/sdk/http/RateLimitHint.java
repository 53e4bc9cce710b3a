package io.github.dlckit.sdk.http;

import okhttp3.Response;

import java.time.Duration;

/**
 * The service's hint of when a throttled caller may try again: a {@code TimeLeft:<ms>} entry in the
 * {@code x-ratelimit-user-api} or {@code x-ratelimit-user} response header (e.g.
 * {@code Limit:100,Remain:0,TimeLeft:1200,Reset:...}), as the vendor's newer clients read it.
 */
final class RateLimitHint {

    private static final String[] HEADERS = {"x-ratelimit-user-api", "x-ratelimit-user"};
    private static final String KEY = "TimeLeft:";

    private RateLimitHint() {
    }

    /** @return the time left, or null when no header carries a readable one */
    static Duration timeLeft(Response response) {
        for (String header : HEADERS) {
            Duration left = parse(response.header(header));
            if (left != null) {
                return left;
            }
        }
        return null;
    }

    static Duration parse(String value) {
        if (value == null) {
            return null;
        }
        int at = value.indexOf(KEY);
        if (at < 0) {
            return null;
        }
        int from = at + KEY.length();
        int to = from;
        while (to < value.length() && Character.isDigit(value.charAt(to))) {
            to++;
        }
        return to == from || to - from > 12 ? null : Duration.ofMillis(Long.parseLong(value.substring(from, to)));
    }
}
