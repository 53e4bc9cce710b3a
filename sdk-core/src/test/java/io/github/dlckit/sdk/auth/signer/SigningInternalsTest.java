package io.github.dlckit.sdk.auth.signer;

import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The signers' shortcuts give what the plain JDK gives: timestamps, nonces and MACs with a reused key. */
class SigningInternalsTest {

    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter RFC_1123 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    @Test
    void timestampsAreTheFormattersTextForAnySecond() {
        SplittableRandom random = new SplittableRandom(7);
        long[] fixed = {0L, 951_782_400L /* 2000-02-29 */, 1_795_996_645L, 253_402_300_799L /* 9999-12-31T23:59:59 */,
            253_402_300_800L /* year 10000 */, -62_135_596_800L /* 0001-01-01 */, -62_135_596_801L /* year 0 */};
        for (long second : fixed) {
            assertSame(Instant.ofEpochSecond(second, 999_999_999));
        }
        for (int i = 0; i < 20_000; i++) {
            assertSame(Instant.ofEpochSecond(random.nextLong(-100_000_000_000L, 300_000_000_000L),
                    random.nextInt(1_000_000_000)));
        }
    }

    @Test
    void theTextOfASecondIsReusedOnlyWithinThatSecond() {
        Instant t = Instant.parse("2026-11-28T23:37:25.100Z");

        assertThat(SigningTime.iso8601(t)).isEqualTo("2026-11-28T23:37:25Z");
        assertThat(SigningTime.iso8601(t.plusMillis(899))).isEqualTo("2026-11-28T23:37:25Z");
        assertThat(SigningTime.iso8601(t.plusMillis(900))).isEqualTo("2026-11-28T23:37:26Z");
        assertThat(SigningTime.rfc1123(t)).isEqualTo("Sat, 28 Nov 2026 23:37:25 GMT");
        assertThat(SigningTime.rfc1123(t.minusSeconds(86_400 * 6))).isEqualTo("Sun, 22 Nov 2026 23:37:25 GMT");
    }

    @Test
    void headerNamesAreLowerCasedAsTheJdkDoesAndLowerCaseOnesAreKeptAsTheyAre() {
        String lower = "x-acs-action";
        SignableRequest request = new SignableRequest("GET", "/", java.util.Collections.emptyList(), new byte[0])
                .header(lower, "1").header("X-Acs-Version", "2").header("Content-TYPE", "3")
                .header("x-acs-\u00c4rger", "4").header("x-acs-\u00e9t\u00e9", "5");

        assertThat(request.headers()).containsOnlyKeys("x-acs-action", "x-acs-version", "content-type",
                "x-acs-\u00e4rger", "x-acs-\u00e9t\u00e9");
        assertThat(request.headers().keySet().iterator().next()).isSameAs(lower);
    }

    @Test
    void noncesAre32LowerCaseHexDigitsAndDiffer() {
        String a = Signers.newNonce();
        String b = Signers.newNonce();

        assertThat(a).matches("[0-9a-f]{32}");
        assertThat(b).matches("[0-9a-f]{32}").isNotEqualTo(a);
    }

    @Test
    void aMacKeptInitialisedGivesWhatAFreshOneGivesWhenKeysChange() throws Exception {
        String[] keys = {"kS3cr3t/With+Symbols=", "other-secret", "kS3cr3t/With+Symbols=", "ключ", "other-secret"};
        for (String key : keys) {
            for (String data : new String[] {"", "ACS3-HMAC-SHA256\nabc", "é"}) {
                assertThat(Crypto.hmacSha256(key, data)).isEqualTo(fresh("HmacSHA256", key, data));
                assertThat(Crypto.hmacSha1(key, data)).isEqualTo(fresh("HmacSHA1", key, data));
            }
        }
    }

    @Test
    void textsAreHashedAsTheirUtf8BytesWhateverCameBeforeOnTheThread() throws Exception {
        StringBuilder huge = new StringBuilder();
        while (huge.length() < 40_000) {
            huge.append("x-acs-date:2026-12-01T00:00:00Z\n");
        }
        // Long, then short (no stale bytes), non-ASCII between ASCII, and a huge one the buffer does not keep.
        String[] texts = {"GET\n/api/v1/jobs\n\nhost:example.com\n", "", "é", "ключ=значение\n",
            huge.toString(), "ACS3-HMAC-SHA256\nabc", huge + "ü", "a"};
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        for (String text : texts) {
            byte[] expected = sha256.digest(text.getBytes(StandardCharsets.UTF_8));
            assertThat(Crypto.sha256(text)).as("%.20s", text).isEqualTo(expected);
            assertThat(Crypto.sha256(new StringBuilder(text))).as("%.20s", text).isEqualTo(expected);
            assertThat(Crypto.hmacSha256("k", new StringBuilder(text))).isEqualTo(fresh("HmacSHA256", "k", text));
        }
    }

    @Test
    void theScratchTextComesEmptyAndIsNotKeptOnceHuge() {
        StringBuilder text = ScratchText.take().append("canonical request");
        assertThat(ScratchText.take()).isSameAs(text).isEmpty();

        text.append(new char[40_000]);
        StringBuilder next = ScratchText.take();

        assertThat(next).isNotSameAs(text).isEmpty();
        assertThat(next.capacity()).isLessThan(40_000);
    }

    @Test
    void hexIsLowerCaseTwoDigitsPerByte() {
        byte[] bytes = {0, 1, 15, 16, (byte) 0x7f, (byte) 0x80, (byte) 0xff};

        assertThat(Crypto.hex(bytes)).isEqualTo("00010f107f80ff");
        assertThat(Crypto.appendHex(new StringBuilder("sig="), bytes).toString()).isEqualTo("sig=00010f107f80ff");
    }

    private static byte[] fresh(String algorithm, String key, String data) throws Exception {
        Mac mac = Mac.getInstance(algorithm);
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
        return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertSame(Instant t) {
        assertThat(SigningTime.iso8601(t)).as("%s", t).isEqualTo(ISO.format(t));
        assertThat(SigningTime.rfc1123(t)).as("%s", t).isEqualTo(RFC_1123.format(t));
    }
}
