package io.github.dlckit.sdk.http;

import io.github.dlckit.model.GetJobRequest;
import io.github.dlckit.model.ListJobsRequest;
import io.github.dlckit.model.json.DlcJson;
import io.github.dlckit.model.operation.DlcOperations;
import io.github.dlckit.model.operation.HttpMethod;
import io.github.dlckit.model.operation.Operation;
import io.github.dlckit.model.operation.PathParameter;
import io.github.dlckit.sdk.auth.signer.Rfc3986;
import okhttp3.HttpUrl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The marshaller's URL (prefix of literal segments plus the parameters' segments) is the URL OkHttp makes by
 * resolving the whole encoded path and query against the endpoint, for every operation and for parameter
 * values that OkHttp treats specially (empty, dot segments, escapes, slashes, non-ASCII).
 */
class RequestMarshallerUrlTest {

    private static final List<String> VALUES = List.of("dlc-123", "", ".", "..", "...", "a/b", "a b", "%2e", "é",
            "x?y#z", "\\", "{JobId}", "~*+");

    static List<Operation<?, ?>> operations() {
        return DlcOperations.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void theUrlIsWhatResolvingThePathAgainstTheEndpointGives(Operation<?, ?> operation) throws Exception {
        for (String endpoint : new String[] {"https://pai-dlc.cn-wulanchabu.aliyuncs.com/", "http://127.0.0.1:8089/"}) {
            RequestMarshaller marshaller = new RequestMarshaller(HttpUrl.get(endpoint), DlcJson.mapper());
            for (String value : VALUES) {
                check(marshaller, HttpUrl.get(endpoint), operation, value);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void aTemplateThatDoesNotSplitIntoSegmentsTakesTheGeneralRoute(Operation<?, ?> operation) throws Exception {
        if (operation.pathParameters().isEmpty()) {
            return;
        }
        Operation<?, ?> odd = copyWithTemplate(operation, operation.pathTemplate().replace("/{", "/x{") + "//");
        RequestMarshaller marshaller = new RequestMarshaller(HttpUrl.get("http://127.0.0.1:8089/"), DlcJson.mapper());
        for (String value : VALUES) {
            check(marshaller, HttpUrl.get("http://127.0.0.1:8089/"), odd, value);
        }
    }

    @org.junit.jupiter.api.Test
    void theQueryFollowsThePath() {
        RequestMarshaller marshaller = new RequestMarshaller(HttpUrl.get("http://127.0.0.1:8089/"), DlcJson.mapper());
        ListJobsRequest request = ListJobsRequest.builder().displayName("a b*~+&=é").pageSize(50).status("Running")
                .build();

        MarshalledRequest wire = marshaller.marshal(DlcOperations.LIST_JOBS, request);

        assertThat(wire.url()).isEqualTo(HttpUrl.get("http://127.0.0.1:8089/")
                .resolve(wire.rawPath() + "?" + FormEncoding.encode(wire.query())));
        assertThat(wire.url().encodedQuery()).contains("DisplayName=a+b*%7E%2B%26%3D%C3%A9");
    }

    @org.junit.jupiter.api.Test
    void aUrlCarriesNothingOfTheCallsBeforeItOnTheSameThread() {
        HttpUrl endpoint = HttpUrl.get("http://127.0.0.1:8089/");
        RequestMarshaller marshaller = new RequestMarshaller(endpoint, DlcJson.mapper());
        ListJobsRequest withQuery = ListJobsRequest.builder().status("Running").pageSize(5).build();

        assertThat(marshaller.marshal(DlcOperations.LIST_JOBS, withQuery).url().encodedQuery())
                .isEqualTo("PageSize=5&Status=Running");
        assertThat(marshaller.marshal(DlcOperations.LIST_JOBS, ListJobsRequest.builder().build()).url())
                .isEqualTo(endpoint.resolve("/api/v1/jobs"));
        assertThat(marshaller.marshal(DlcOperations.GET_JOB, GetJobRequest.of("dlc-1")).url())
                .isEqualTo(endpoint.resolve("/api/v1/jobs/dlc-1"));
        assertThat(marshaller.marshal(DlcOperations.GET_JOB, GetJobRequest.of("..")).url())
                .isEqualTo(endpoint.resolve("/api/v1/jobs/.."));
        assertThat(marshaller.marshal(DlcOperations.GET_JOB, GetJobRequest.of("dlc-2")).url())
                .isEqualTo(endpoint.resolve("/api/v1/jobs/dlc-2"));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void check(RequestMarshaller marshaller, HttpUrl endpoint, Operation operation, String value)
            throws Exception {
        Object request = operation.requestType().getMethod("builder").invoke(null);
        request = request.getClass().getMethod("build").invoke(request);
        String expectedPath = operation.pathTemplate();
        for (PathParameter p : (List<PathParameter>) operation.pathParameters()) {
            request = p.withValue(request, value);
            expectedPath = expectedPath.replace("{" + p.name() + "}", Rfc3986.encode(value));
        }

        MarshalledRequest wire = marshaller.marshal(operation, request);

        String query = wire.query().isEmpty() ? "" : "?" + FormEncoding.encode(wire.query());
        assertThat(wire.rawPath()).as("%s with %s", operation, value).isEqualTo(expectedPath);
        assertThat(wire.url()).as("%s with %s", operation, value).isEqualTo(endpoint.resolve(expectedPath + query));
        assertThat(wire.url().toString()).isEqualTo(endpoint.resolve(expectedPath + query).toString());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Operation<?, ?> copyWithTemplate(Operation operation, String template) {
        Operation.Builder b = Operation.builder(operation.name(), operation.method(), template,
                operation.requestType(), operation.responseType());
        for (PathParameter p : (List<PathParameter>) operation.pathParameters()) {
            b.path(p.name(), r -> p.valueOf(r), (r, v) -> p.withValue(r, (String) v));
        }
        if (operation.method() == HttpMethod.GET) {
            b.idempotent(true);
        }
        return b.build();
    }
}
