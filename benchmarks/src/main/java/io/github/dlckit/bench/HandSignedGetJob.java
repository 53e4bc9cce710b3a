package io.github.dlckit.bench;

import com.fasterxml.jackson.databind.ObjectReader;
import io.github.dlckit.model.GetJobResponse;
import io.github.dlckit.model.json.DlcJson;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The floor of a signed, typed client: the least work any client must do per GetJob that the service would
 * accept, written by hand against raw OkHttp 5. A signature covers a fresh date and a fresh nonce (the service
 * refuses a nonce it has seen), so every call signs anew: one canonical request (DlcClient's headers, already
 * sorted), its SHA-256, the HMAC-SHA256, the {@code authorization} header; the URL is built for the job id, as a
 * {@code getJob(jobId)} must. Nothing a generic client needs: no validation, marshalling of a request object,
 * path templates, retry bookkeeping or listeners; the MAC, the digest and the date
 * text of the current second are reused per thread. The body is bound to {@link GetJobResponse} with the mapper
 * DlcClient reads answers with.
 *
 * <p>{@link #authorization} is checked against sdk-core's signer before the benchmark starts, so this floor does
 * the real work, not an approximation of it.
 */
final class HandSignedGetJob implements Callable<Object> {

    private static final String JOB_ID = "dlc-bench";
    private static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static final String SIGNED_HEADERS = "host;x-acs-action;x-acs-content-sha256;x-acs-credentials-provider;"
            + "x-acs-date;x-acs-signature-nonce;x-acs-version";
    private static final DateTimeFormatter ISO_SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final OkHttpClient http = new OkHttpClient();
    private final ObjectReader reader = DlcJson.readingMapper().readerFor(GetJobResponse.class);
    private final HttpUrl jobs;
    private final String host;
    private final String keyId;
    private final String userAgent;
    private final ThreadLocal<PerThread> perThread;

    HandSignedGetJob(int port, String keyId, String secret, String userAgent) {
        this.host = "127.0.0.1:" + port;
        this.jobs = HttpUrl.get("http://" + host + "/api/v1/jobs");
        this.keyId = keyId;
        this.userAgent = userAgent;
        this.perThread = ThreadLocal.withInitial(() -> new PerThread(secret));
    }

    @Override
    public Object call() throws Exception {
        long second = Instant.now().getEpochSecond();
        String date = perThread.get().date(second);
        String nonce = nonce();
        HttpUrl url = jobs.newBuilder().addPathSegment(JOB_ID).build();
        Request request = new Request.Builder().url(url)
                .addHeader("host", host)
                .addHeader("x-acs-action", "GetJob")
                .addHeader("x-acs-version", "2020-12-03")
                .addHeader("accept", "application/json")
                .addHeader("x-acs-date", date)
                .addHeader("x-acs-content-sha256", EMPTY_SHA256)
                .addHeader("x-acs-signature-nonce", nonce)
                .addHeader("x-acs-credentials-provider", "static_ak")
                .addHeader("authorization", authorization(url.encodedPath(), date, nonce))
                .addHeader("user-agent", userAgent)
                .build();
        try (Response response = http.newCall(request).execute()) {
            return reader.readValue(response.body().byteStream());
        }
    }

    /** The {@code authorization} value for a GetJob of {@code path} signed at {@code date} with {@code nonce}. */
    String authorization(String path, String date, String nonce) {
        String canonical = "GET\n" + path + "\n\n"
                + "host:" + host + "\n"
                + "x-acs-action:GetJob\n"
                + "x-acs-content-sha256:" + EMPTY_SHA256 + "\n"
                + "x-acs-credentials-provider:static_ak\n"
                + "x-acs-date:" + date + "\n"
                + "x-acs-signature-nonce:" + nonce + "\n"
                + "x-acs-version:2020-12-03\n\n"
                + SIGNED_HEADERS + "\n" + EMPTY_SHA256;
        PerThread t = perThread.get();
        String stringToSign = "ACS3-HMAC-SHA256\n" + hex(t.sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        String signature = hex(t.hmac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        return "ACS3-HMAC-SHA256 Credential=" + keyId + ",SignedHeaders=" + SIGNED_HEADERS + ",Signature=" + signature;
    }

    private static String nonce() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        // the top bit set: always 16 hex digits each, 32 in all, as DlcClient's nonce
        return Long.toHexString(random.nextLong() | Long.MIN_VALUE)
                + Long.toHexString(random.nextLong() | Long.MIN_VALUE);
    }

    private static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[bytes[i] & 0xF];
        }
        return new String(out);
    }

    /** A thread's digest, its MAC keyed once with the secret, and the date text of the last second it signed in. */
    private static final class PerThread {
        final MessageDigest sha256;
        final Mac hmac;
        long second = Long.MIN_VALUE;
        String date;

        PerThread(String secret) {
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
                hmac = Mac.getInstance("HmacSHA256");
                hmac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        String date(long epochSecond) {
            if (epochSecond != second) {
                second = epochSecond;
                date = ISO_SECONDS.format(Instant.ofEpochSecond(epochSecond));
            }
            return date;
        }
    }
}
