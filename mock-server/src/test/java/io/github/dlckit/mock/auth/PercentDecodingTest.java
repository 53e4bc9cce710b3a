package io.github.dlckit.mock.auth;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PercentDecodingTest {

    @Test
    void query_plusIsSpace_escapesAreUtf8_emptyValuesKept() {
        assertThat(PercentDecoding.decodeQuery("callerTag=lower+case+key&Zone=%7E*%7E&Name=%E8%AE%AD%E7%BB%83&Empty=&Bare"))
                .containsExactly(Map.entry("callerTag", "lower case key"), Map.entry("Zone", "~*~"),
                        Map.entry("Name", "训练"), Map.entry("Empty", ""), Map.entry("Bare", ""));
        assertThat(PercentDecoding.decodeQuery("Tags=%7B%22a%22%3A%22b%2Bc%22%7D&Pct=100%25"))
                .containsExactly(Map.entry("Tags", "{\"a\":\"b+c\"}"), Map.entry("Pct", "100%"));
        assertThat(PercentDecoding.decodeQuery("")).isEmpty();
        assertThat(PercentDecoding.decodeQuery(null)).isEmpty();
        assertThat(PercentDecoding.decodeQuery("a=1&&b=2")).extracting(Map.Entry::getKey).isEqualTo(List.of("a", "b"));
    }

    @Test
    void pathSegment_keepsPlus_decodesSlash() {
        assertThat(PercentDecoding.decodePathSegment("dlc-2026%2011%2F28%2Bx%2Ay~z%3A%C3%A9"))
                .isEqualTo("dlc-2026 11/28+x*y~z:é");
        assertThat(PercentDecoding.decodePathSegment("a+b")).isEqualTo("a+b");
    }

    @Test
    void malformedEscapes_areRefused() {
        assertThatThrownBy(() -> PercentDecoding.decodeQuery("a=%zz")).hasMessageContaining("%zz");
        assertThatThrownBy(() -> PercentDecoding.decodeQuery("a=%4")).hasMessageContaining("incomplete");
        assertThatThrownBy(() -> PercentDecoding.decodePathSegment("%C3")).hasMessageContaining("UTF-8");
    }
}
