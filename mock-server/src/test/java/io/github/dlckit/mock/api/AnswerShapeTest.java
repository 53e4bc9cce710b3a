package io.github.dlckit.mock.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dlckit.mock.SignedCall;
import io.github.dlckit.mock.TestCatalogue;
import io.github.dlckit.mock.junit.DlcMockExtension;
import io.github.dlckit.model.operation.DlcOperations;
import io.github.dlckit.model.operation.Operation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * M35 and R49 from outside: every operation of the catalogue is called over HTTP, signed, and each successful
 * answer is compared with the catalogue's response shape: every name spelled as the catalogue spells it, nested
 * where it nests, each value of the catalogue's JSON type, no {@code null}, the request id as R49 names it, and a
 * collection answer's list present even when empty. Collection operations are called twice, on an empty account
 * and on one with resources.
 */
class AnswerShapeTest {

    /** Answers that describe one resource; their lists are attributes, which may be left out when empty. */
    private static final Set<String> RESOURCE_DESCRIPTIONS = Set.of("GetJob", "GetJobTemplate", "GetSignal",
            "GetTensorboard");
    private static final String WORKSPACE = "ws-shapes";

    @RegisterExtension
    static DlcMockExtension mock = DlcMockExtension.builder().build();

    private final Map<String, List<String>> problems = new LinkedHashMap<>();
    private final Set<String> called = new TreeSet<>();

    @Test
    void everyOperationAnswersInTheCataloguesShape() {
        // An empty account: collection answers must still carry their lists.
        call("ListJobs", "GET", "/api/v1/jobs", null);
        call("ListTensorboards", "GET", "/api/v1/tensorboards", null);
        call("ListRayHistoryServers", "GET", "/api/v1/rayhistoryservers", null);
        call("ListJobTemplates", "GET", "/api/v1/jobtemplates?WorkspaceId=" + WORKSPACE, null);
        call("ListEcsSpecs", "GET", "/api/v1/ecsspecs?InstanceTypes=ecs.none.xlarge", null);

        String job = call("CreateJob", "POST", "/api/v1/jobs", "{\"DisplayName\":\"shapes\",\"JobType\":\"PyTorchJob\","
                + "\"WorkspaceId\":\"" + WORKSPACE + "\",\"JobSpecs\":[{\"Type\":\"Worker\",\"Image\":\"pai/torch:2.3\","
                + "\"PodCount\":1,\"EcsSpec\":\"ecs.g7.xlarge\"}],\"UserCommand\":\"echo hi && sleep 3600\","
                + "\"Settings\":{\"EnableSanityCheck\":true}}").path("JobId").asText();
        String ray = call("CreateJob", "POST", "/api/v1/jobs", "{\"DisplayName\":\"ray\",\"JobType\":\"RayJob\","
                + "\"JobSpecs\":[{\"Type\":\"Head\",\"Image\":\"pai/ray:2.9\",\"PodCount\":1,"
                + "\"EcsSpec\":\"ecs.g7.xlarge\"}],\"UserCommand\":\"sleep 3600\"}").path("JobId").asText();
        mock.control().advance(Duration.ofMinutes(5));

        call("GetJob", "GET", "/api/v1/jobs/" + job + "?NeedDetail=true", null);
        call("ListJobs", "GET", "/api/v1/jobs?ShowOwn=true", null);
        call("UpdateJob", "PUT", "/api/v1/jobs/" + job, "{\"Priority\":2}");
        call("GetJobEvents", "GET", "/api/v1/jobs/" + job + "/events", null);
        JsonNode pods = call("GetJob", "GET", "/api/v1/jobs/" + job, null).path("Pods");
        String pod = pods.path(0).path("PodId").asText();
        call("GetPodEvents", "GET", "/api/v1/jobs/" + job + "/pods/" + pod + "/events", null);
        call("GetPodLogs", "GET", "/api/v1/jobs/" + job + "/pods/" + pod + "/logs", null);
        call("GetWebTerminal", "GET", "/api/v1/jobs/" + job + "/pods/" + pod + "/webterminal", null);
        call("GetJobMetrics", "GET", "/api/v1/jobs/" + job + "/metrics?MetricType=CpuCoreUsage", null);
        call("GetMetrics", "GET", "/api/v1/cms/metrics?MetricName=JOB_CPU_USAGE&Dimensions="
                + java.net.URLEncoder.encode("[{\"jobId\":\"" + job + "\"}]", java.nio.charset.StandardCharsets.UTF_8),
                null);
        call("GetJobSanityCheckResult", "GET", "/api/v1/jobs/" + job + "/sanitycheckresult?SanityCheckNumber=1", null);
        call("ListJobSanityCheckResults", "GET", "/api/v1/jobs/" + job + "/sanitycheckresults", null);
        call("GetDashboard", "GET", "/api/v1/jobs/" + job + "/dashboard", null);
        call("GetRayDashboard", "GET", "/api/v1/jobs/" + ray + "/rayDashboard", null);
        call("GetToken", "GET", "/api/v1/tokens?TargetType=job&TargetId=" + job, null);
        call("ListEcsSpecs", "GET", "/api/v1/ecsspecs", null);

        call("ListSignals", "GET", "/api/v1/jobs/" + job + "/signals", null);
        String signal = call("CreateSignal", "POST", "/api/v1/jobs/" + job + "/signals", "{\"Signal\":\"SIGUSR1\"}")
                .path("SignalId").asText();
        call("GetSignal", "GET", "/api/v1/jobs/" + job + "/signals/" + signal, null);
        call("ListSignals", "GET", "/api/v1/jobs/" + job + "/signals", null);

        call("TagResources", "POST", "/api/v1/tags", "{\"RegionId\":\"" + mock.server().region()
                + "\",\"ResourceType\":\"Job\",\"ResourceId\":[\"" + job + "\"],\"Tag\":[{\"Key\":\"team\",\"Value\":\"a\"}]}");
        call("UntagResources", "DELETE", "/api/v1/tags?ResourceType=Job&ResourceId=" + encodedList(job)
                + "&All=true", null);

        String tb = call("CreateTensorboard", "POST", "/api/v1/tensorboards", "{\"JobId\":\"" + job + "\"}")
                .path("TensorboardId").asText();
        call("GetTensorboard", "GET", "/api/v1/tensorboards/" + tb, null);
        call("ListTensorboards", "GET", "/api/v1/tensorboards", null);
        call("UpdateTensorboard", "PUT", "/api/v1/tensorboards/" + tb, "{\"MaxRunningTimeMinutes\":60}");
        call("GetTensorboardSharedUrl", "GET", "/api/v1/tensorboards/" + tb + "/sharedurl", null);
        call("StopTensorboard", "PUT", "/api/v1/tensorboards/" + tb + "/stop", null);
        mock.control().advance(Duration.ofMinutes(1));
        call("StartTensorboard", "PUT", "/api/v1/tensorboards/" + tb + "/start", null);
        call("DeleteTensorboard", "DELETE", "/api/v1/tensorboards/" + tb, null);

        String template = call("CreateJobTemplate", "POST", "/api/v1/jobtemplates", "{\"TemplateName\":\"t\","
                + "\"WorkspaceId\":\"" + WORKSPACE + "\",\"Content\":\"{\\\"JobType\\\":\\\"PyTorchJob\\\"}\"}")
                .path("TemplateId").asText();
        call("UpdateJobTemplate", "PUT", "/api/v1/jobtemplates/" + template,
                "{\"Content\":\"{\\\"JobType\\\":\\\"PyTorchJob\\\",\\\"UserCommand\\\":\\\"sleep 1\\\"}\"}");
        call("GetJobTemplate", "GET", "/api/v1/jobtemplates/" + template, null);
        call("ListJobTemplates", "GET", "/api/v1/jobtemplates?WorkspaceId=" + WORKSPACE, null);
        call("SetJobTemplateDefaultVersion", "PUT", "/api/v1/jobtemplates/" + template + "/defaultversion",
                "{\"Version\":1}");
        call("DeleteJobTemplate", "DELETE", "/api/v1/jobtemplates/" + template, null);

        String server = call("CreateRayHistoryServer", "POST", "/api/v1/rayhistoryservers", "{\"DisplayName\":\"h\","
                + "\"StoragePath\":\"oss://bucket/ray/events/\",\"WorkspaceId\":\"" + WORKSPACE + "\"}")
                .path("RayHistoryServerId").asText();
        call("GetRayHistoryServer", "GET", "/api/v1/rayhistoryservers/" + server, null);
        call("ListRayHistoryServers", "GET", "/api/v1/rayhistoryservers", null);
        call("StopRayHistoryServer", "POST", "/api/v1/rayhistoryservers/" + server + "/stop", null);
        mock.control().advance(Duration.ofMinutes(1));
        call("StartRayHistoryServer", "POST", "/api/v1/rayhistoryservers/" + server + "/start", null);
        mock.control().advance(Duration.ofMinutes(5));
        call("StopRayHistoryServer", "POST", "/api/v1/rayhistoryservers/" + server + "/stop", null);
        mock.control().advance(Duration.ofMinutes(1));
        call("DeleteRayHistoryServer", "DELETE", "/api/v1/rayhistoryservers/" + server, null);

        call("StopJob", "POST", "/api/v1/jobs/" + job + "/stop", null);
        mock.control().advance(Duration.ofMinutes(1));
        call("DeleteJob", "DELETE", "/api/v1/jobs/" + job, null);

        List<String> all = DlcOperations.all().stream().map(Operation::name).toList();
        long matching = all.stream().filter(op -> called.contains(op) && !problems.containsKey(op)).count();
        System.out.println("Mock shapes: " + matching + "/" + all.size() + " operations match the catalogue");
        assertThat(all).as("operations called").allMatch(called::contains);
        assertThat(problems).as("answers that differ from the catalogue").isEmpty();
    }

    /** Calls one operation, expects a 200 and records every difference from the catalogue's shape. */
    private JsonNode call(String operation, String method, String target, String body) {
        int query = target.indexOf('?');
        SignedCall call = SignedCall.to(mock.server()).op(operation, method, query < 0 ? target : target.substring(0, query));
        if (query >= 0) {
            for (String pair : target.substring(query + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                call.query(kv[0], java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        if (body != null) {
            call.body(body);
        }
        SignedCall.Reply reply = call.send();
        assertThat(reply.status()).as(operation + ": " + reply).isEqualTo(200);
        called.add(operation);
        JsonNode answer = reply.json();
        List<String> found = new ArrayList<>();
        String shape = TestCatalogue.operation(operation).path("response").asText();
        compare(answer, shape, "", found);
        checkEnvelope(operation, shape, answer, found);
        if (!found.isEmpty()) {
            problems.computeIfAbsent(operation, k -> new ArrayList<>()).addAll(found);
        }
        return answer;
    }

    /** R49's request id, and M35's lists of collection answers. */
    private static void checkEnvelope(String operation, String shape, JsonNode answer, List<String> found) {
        for (JsonNode field : TestCatalogue.fields(shape)) {
            String name = field.path("wireName").asText();
            boolean requestId = name.equals("RequestId") || name.equals("RequestID");
            boolean collection = field.path("type").asText().startsWith("list<")
                    && !RESOURCE_DESCRIPTIONS.contains(operation);
            if ((requestId || collection) && !answer.has(name)) {
                found.add(name + " is missing");
            }
        }
    }

    /** Compares a value with a catalogue type, recursively. */
    private static void compareType(JsonNode value, String type, String path, List<String> found) {
        if (value.isNull()) {
            found.add(path + " is null; a field without a value is left out");
            return;
        }
        boolean list = type.startsWith("list<");
        if (list || type.startsWith("map<string,")) {
            if (list ? !value.isArray() : !value.isObject()) {
                found.add(path + " should be " + type + ", is " + value.getNodeType());
                return;
            }
            String element = type.substring(type.indexOf(list ? '<' : ',') + 1, type.length() - 1);
            value.properties().forEach(e -> compareType(e.getValue(), element, path + "." + e.getKey(), found));
            for (int i = 0; list && i < value.size(); i++) {
                compareType(value.get(i), element, path + "[" + i + "]", found);
            }
            return;
        }
        boolean ok = switch (type) {
            case "string" -> value.isTextual();
            case "int32" -> value.isIntegralNumber() && value.canConvertToInt();
            case "int64" -> value.isIntegralNumber() && value.canConvertToLong();
            case "float32", "float64" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "any" -> true;
            default -> {
                compare(value, type, path, found);
                yield true;
            }
        };
        if (!ok) {
            found.add(path + " should be " + type + ", is " + value.getNodeType() + " " + value);
        }
    }

    /** Every field of an object is a field of the shape, with the shape's type. */
    private static void compare(JsonNode object, String shape, String path, List<String> found) {
        if (!object.isObject()) {
            found.add((path.isEmpty() ? "the answer" : path) + " should be a " + shape + " object, is "
                    + object.getNodeType());
            return;
        }
        Map<String, String> types = new LinkedHashMap<>();
        TestCatalogue.fields(shape).forEach(f -> types.put(f.path("wireName").asText(), f.path("type").asText()));
        object.properties().forEach(e -> {
            String where = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
            String type = types.get(e.getKey());
            if (type == null) {
                found.add(where + " is not in " + shape);
            } else {
                compareType(e.getValue(), type, where, found);
            }
        });
    }

    private static String encodedList(String id) {
        return java.net.URLEncoder.encode("[\"" + id + "\"]", java.nio.charset.StandardCharsets.UTF_8);
    }
}
