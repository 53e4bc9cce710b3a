package io.github.dlckit.mock.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.dlckit.mock.DlcMockServer;
import io.github.dlckit.mock.Jobs;
import io.github.dlckit.mock.SignedCall;
import io.github.dlckit.mock.TestCatalogue;
import io.github.dlckit.model.json.DlcJson;
import io.github.dlckit.model.operation.DlcOperations;
import io.github.dlckit.model.operation.Operation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A few hundred bad requests, generated from the catalogue and properly signed so they pass authentication:
 * each must get a 4xx with the vendor's error body naming the problem, never a 500, and none may change state.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputFuzzTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final JsonNode CATALOGUE = TestCatalogue.root();
    private static final List<Operation<?, ?>> JOB_OPERATIONS = List.of(DlcOperations.CREATE_JOB, DlcOperations.GET_JOB,
            DlcOperations.LIST_JOBS, DlcOperations.UPDATE_JOB, DlcOperations.STOP_JOB, DlcOperations.DELETE_JOB,
            DlcOperations.GET_JOB_EVENTS, DlcOperations.GET_POD_EVENTS, DlcOperations.GET_POD_LOGS);

    private static DlcMockServer mock;
    private static String runningJob;
    private static String stoppedJob;
    private static String stateBefore;

    /** One bad request: how to build it and what its message must mention. */
    private record Case(String name, UnaryOperator<SignedCall> request, int status, List<String> mentions) {
        static Case of(String name, UnaryOperator<SignedCall> request, String... mentions) {
            return new Case(name, request, 400, List.of(mentions));
        }
    }

    @BeforeAll
    static void startWithSomeJobs() {
        mock = DlcMockServer.builder().seed(11).startTime(Instant.parse("2026-11-29T00:00:00Z")).start();
        runningJob = Jobs.create(SignedCall.to(mock));
        stoppedJob = Jobs.create(SignedCall.to(mock));
        Jobs.create(SignedCall.to(mock));
        mock.control().advance(Duration.ofSeconds(30));
        SignedCall.to(mock).op("StopJob", "POST", "/api/v1/jobs/" + stoppedJob + "/stop").send();
        mock.control().advance(Duration.ofSeconds(30));
        stateBefore = snapshot();
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    @TestFactory
    @Order(1)
    Stream<DynamicTest> everyBadRequest_isA4xxVendorError_neverA500() {
        List<Case> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThan(300);
        return corpus.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            SignedCall.Reply reply = c.request().apply(SignedCall.to(mock)).send();
            assertThat(reply.status()).as(reply.toString()).isEqualTo(c.status());
            JsonNode body = reply.json();
            for (String field : List.of("RequestId", "HostId", "Code", "Message", "Recommend")) {
                assertThat(body.path(field).asText()).as(field + " in " + reply).isNotEmpty();
            }
            assertThat(reply.header("x-acs-request-id")).isEqualTo(body.path("RequestId").asText());
            assertThat(body.path("Message").asText()).as(reply.toString()).contains(c.mentions());
        }));
    }

    @Test
    @Order(2)
    void afterTheCorpus_stateIsUnchanged() {
        assertThat(snapshot()).isEqualTo(stateBefore);
    }

    private static List<Case> corpus() {
        List<Case> cases = new ArrayList<>();
        ObjectNode createBody = parse(Jobs.CREATE_BODY);
        String createPath = "/api/v1/jobs";
        String updatePath = "/api/v1/jobs/" + runningJob;

        // Wrong JSON types, bad enum values and out-of-range numbers, field by field, from the catalogue.
        bodyCases(cases, "CreateJob", "POST", createPath, createBody, "CreateJobRequest", "");
        bodyCases(cases, "CreateJob", "POST", createPath, createBody, "JobSpec", "JobSpecs[0].");
        bodyCases(cases, "CreateJob", "POST", createPath, createBody, "SpotSpec", "JobSpecs[0].SpotSpec.");
        bodyCases(cases, "CreateJob", "POST", createPath, createBody, "JobSettings", "Settings.");
        bodyCases(cases, "CreateJob", "POST", createPath, createBody, "CreateJobRequestUserVpc", "UserVpc.");
        bodyCases(cases, "UpdateJob", "PUT", updatePath, JSON.objectNode(), "UpdateJobRequest", "");
        cases.add(bodyCase("CreateJob", "POST", createPath, with(createBody, "Priority", IntNode.valueOf(0)), "Priority", "1 to 9"));
        cases.add(bodyCase("CreateJob", "POST", createPath, with(createBody, "Priority", IntNode.valueOf(10)), "Priority", "1 to 9"));
        cases.add(bodyCase("CreateJob", "POST", createPath, with(createBody, "JobSpecs", JSON.arrayNode().addNull()),
                "JobSpecs[0]"));
        cases.add(bodyCase("CreateJob", "POST", createPath, with(createBody, "Envs", JSON.objectNode().put("A", 1)), "Envs.A"));

        // Missing required fields.
        for (String required : List.of("DisplayName", "JobSpecs", "JobType", "UserCommand")) {
            ObjectNode without = createBody.deepCopy();
            without.remove(required);
            cases.add(bodyCase("CreateJob", "POST", createPath, without, required, "mandatory"));
        }
        cases.add(bodyCase("CreateJob", "POST", createPath, with(createBody, "JobSpecs", JSON.arrayNode()), "JobSpecs"));
        cases.add(Case.of("CreateJob with no body", c -> c.op("CreateJob", "POST", createPath), "DisplayName"));

        // Malformed bodies.
        for (String junk : List.of("{", "}", "[1,2]", "\"text\"", "42", "null,", "{\"DisplayName\":}", "{\"a\" 1}",
                "{} {}", "{\"DisplayName\":\"x\",}", "nul", "{'DisplayName':'x'}", "\u0000", "[".repeat(5000))) {
            cases.add(Case.of("CreateJob body " + abbreviate(junk), c -> c.op("CreateJob", "POST", createPath).body(junk), "Body"));
            cases.add(Case.of("UpdateJob body " + abbreviate(junk), c -> c.op("UpdateJob", "PUT", updatePath).body(junk), "Body"));
        }
        cases.add(bodyCase("CreateJob", "POST", createPath, with(createBody, "JobSpecs[0].PodCount",
                parse("{\"n\":1e999}").get("n")), "JobSpecs[0].PodCount"));
        cases.add(Case.of("CreateJob body not UTF-8", c -> c.op("CreateJob", "POST", createPath)
                .body(new byte[] {'{', '"', 'D', '"', ':', '"', (byte) 0xC3, '"', '}'}), "Body"));
        byte[] huge = new byte[ApiDispatcher.DEFAULT_MAX_BODY_BYTES + 1];
        Arrays.fill(huge, (byte) ' ');
        cases.add(new Case("CreateJob body over 1 MiB", c -> c.op("CreateJob", "POST", createPath).body(huge), 413,
                List.of("limit")));

        // Query strings: bad numbers, booleans, enum values and JSON texts, from the catalogue.
        for (Operation<?, ?> op : JOB_OPERATIONS) {
            queryCases(cases, op, samplePath(op));
        }
        cases.add(Case.of("ListJobs PageSize 0", c -> c.op("ListJobs", "GET", "/api/v1/jobs").query("PageSize", "0"), "PageSize"));
        cases.add(Case.of("ListJobs PageNumber 0", c -> c.op("ListJobs", "GET", "/api/v1/jobs").query("PageNumber", "0"), "PageNumber"));
        cases.add(Case.of("GetJobEvents StartTime not a time", c -> c.op("GetJobEvents", "GET", "/api/v1/jobs/" + runningJob
                + "/events").query("StartTime", "yesterday"), "StartTime"));
        cases.add(Case.of("ListJobs query not form-encoded", c -> c.op("ListJobs", "GET", "/api/v1/jobs")
                .query("PageSize", "10").rawQuery("PageSize=%zz").overSocket(false), "Query", "%zz"));

        // Unknown operations.
        cases.add(new Case("PATCH, a method outside the API", c -> c.op("ListJobs", "PATCH", "/api/v1/jobs"), 405,
                List.of("The method PATCH is not part of this API")));
        for (String[] unknown : new String[][] {{"GET", "/api/v2/jobs"}, {"DELETE", "/api/v1/jobs"},
                {"GET", "/"}, {"POST", "/api/v1/jobs/x/y/z"}, {"GET", "/api/v1/jobs/x/pods"}, {"PUT", "/api/v1/jobs"},
                {"GET", "/API/V1/JOBS"}, {"POST", "/api/v1/jobs/x/Stop"}, {"GET", "/api/v1/jobs/x/events/y"}}) {
            cases.add(new Case("unknown " + unknown[0] + " " + unknown[1], c -> c.op("ListJobs", unknown[0], unknown[1]),
                    404, List.of("Specified api is not found, please check your url and method")));
        }

        // Headers that disagree with the path, malformed paths, empty path values.
        for (Operation<?, ?> op : JOB_OPERATIONS) {
            cases.add(Case.of(op.name() + " signed as another action", c -> c.op("DescribeInstances", op.method().name(),
                    samplePath(op)), "x-acs-action", op.name()));
            cases.add(Case.of(op.name() + " with another version", c -> c.op(op.name(), op.method().name(), samplePath(op))
                    .version("2019-01-01"), "Version"));
        }
        cases.add(Case.of("GetJob path not percent-encoded", c -> c.op("GetJob", "GET", "/api/v1/jobs/%zz").overSocket(false),
                "percent-encoding"));
        cases.add(Case.of("GetJob path not UTF-8", c -> c.op("GetJob", "GET", "/api/v1/jobs/%C3"), "Path"));
        cases.add(Case.of("StopJob empty JobId", c -> c.op("StopJob", "POST", "/api/v1/jobs//stop"), "JobId"));
        cases.add(Case.of("GetPodLogs empty PodId", c -> c.op("GetPodLogs", "GET", "/api/v1/jobs/" + runningJob
                + "/pods//logs"), "PodId"));

        // Refusals of the engine: unknown ids, and actions the job's state does not allow.
        cases.add(new Case("GetJob unknown id", c -> c.op("GetJob", "GET", "/api/v1/jobs/dlc-nope"), 404, List.of("dlc-nope")));
        cases.add(new Case("StopJob unknown id", c -> c.op("StopJob", "POST", "/api/v1/jobs/dlc-nope/stop"), 404, List.of("dlc-nope")));
        cases.add(Case.of("StopJob of a stopped job", c -> c.op("StopJob", "POST", "/api/v1/jobs/" + stoppedJob + "/stop"),
                stoppedJob));
        cases.add(Case.of("DeleteJob of a running job", c -> c.op("DeleteJob", "DELETE", "/api/v1/jobs/" + runningJob),
                runningJob));

        randomMutations(cases, createBody, 120);
        return cases;
    }

    /** For each field of a shape: two values of a wrong JSON type, and a value outside its enum. */
    private static void bodyCases(List<Case> cases, String action, String method, String path, ObjectNode base,
                                  String shape, String prefix) {
        for (JsonNode field : CATALOGUE.path("shapes").path(shape).path("fields")) {
            String name = field.path("wireName").asText();
            String fieldPath = prefix + name;
            for (JsonNode wrong : wrongValues(field.path("type").asText())) {
                cases.add(bodyCase(action, method, path, with(base, fieldPath, wrong), fieldPath, "expected"));
            }
            if (field.has("enum") && shape.equals("SpotSpec") && name.equals("SpotStrategy")) {
                // left to the spot rule R6, which names the role by its list position (JobSpecs[0])
                cases.add(bodyCase(action, method, path, with(base, fieldPath, TextNode.valueOf("NotAValue")), "R6: ",
                        "SpotSpec.SpotStrategy", "expected one of", "NotAValue"));
            } else if (field.has("enum")) {
                cases.add(bodyCase(action, method, path, with(base, fieldPath, TextNode.valueOf("NotAValue")), fieldPath,
                        "expected one of", "NotAValue"));
            }
        }
    }

    private static Case bodyCase(String action, String method, String path, ObjectNode body, String... mentions) {
        String json = body.toString();
        return Case.of(action + " " + abbreviate(json), c -> c.op(action, method, path).body(json), mentions);
    }

    private static void queryCases(List<Case> cases, Operation<?, ?> op, String path) {
        for (JsonNode described : CATALOGUE.path("operations")) {
            if (!described.path("name").asText().equals(op.name())) {
                continue;
            }
            for (JsonNode param : described.path("query")) {
                String name = param.path("wireName").asText();
                List<String> bad = new ArrayList<>(switch (param.path("type").asText()) {
                    case "int32" -> List.of("abc", "1.5", "1e3", "", "99999999999", " 7");
                    case "int64" -> List.of("abc", "2.5", "", "99999999999999999999");
                    case "boolean" -> List.of("maybe", "1", "", "yes");
                    default -> List.<String>of();
                });
                if (param.path("serialization").asText().equals("json")) {
                    bad.addAll(List.of("{not json", "[1,2]", "{\"k\":1}", "\"text\""));
                }
                if (param.has("enum")) {
                    bad.addAll(List.of("Bogus", param.path("enum").get(0).asText() + ",Bogus"));
                }
                for (String value : bad) {
                    cases.add(Case.of(op.name() + " " + name + "=" + value, c -> c.op(op.name(), op.method().name(), path)
                            .query(name, value), name));
                }
            }
        }
    }

    /** Random wrong-typed values at random known fields of a valid CreateJob body, two at a time. */
    private static void randomMutations(List<Case> cases, ObjectNode base, int count) {
        List<String[]> fields = new ArrayList<>();
        collectFields("CreateJobRequest", "", fields);
        collectFields("JobSpec", "JobSpecs[0].", fields);
        Random random = new Random(42);
        for (int i = 0; i < count; i++) {
            ObjectNode body = base;
            String firstPath = null;
            for (int k = 0; k < 2; k++) {
                String[] field = fields.get(random.nextInt(fields.size()));
                List<JsonNode> wrong = wrongValues(field[1]);
                if (wrong.isEmpty()) {
                    continue;
                }
                body = with(body, field[0], wrong.get(random.nextInt(wrong.size())));
                firstPath = firstPath == null ? field[0] : firstPath;
            }
            if (firstPath != null) {
                cases.add(bodyCase("CreateJob", "POST", "/api/v1/jobs", body, "expected"));
            }
        }
    }

    private static void collectFields(String shape, String prefix, List<String[]> into) {
        for (JsonNode field : CATALOGUE.path("shapes").path(shape).path("fields")) {
            into.add(new String[] {prefix + field.path("wireName").asText(), field.path("type").asText()});
        }
    }

    /** Values that are not of the catalogue type (none for "any"). */
    private static List<JsonNode> wrongValues(String type) {
        if (type.startsWith("list<")) {
            String element = type.substring(5, type.length() - 1);
            List<JsonNode> wrong = new ArrayList<>(List.of(TextNode.valueOf("not a list"), JSON.objectNode()));
            if (!element.equals("any")) {
                wrong.add(JSON.arrayNode().add(element.equals("string") ? JSON.objectNode() : TextNode.valueOf("x")));
            }
            return wrong;
        }
        if (type.startsWith("map<")) {
            return List.of(JSON.arrayNode().add(1), TextNode.valueOf("not a map"));
        }
        return switch (type) {
            case "string" -> List.of(IntNode.valueOf(12345), JSON.objectNode(), BooleanNode.TRUE);
            case "int32" -> List.of(TextNode.valueOf("7"), DoubleNode.valueOf(1.5), LongNode.valueOf(3_000_000_000L));
            case "int64" -> List.of(TextNode.valueOf("7"), DoubleNode.valueOf(2.5),
                    BigIntegerNode.valueOf(BigInteger.TEN.pow(20)));
            case "float32", "float64" -> List.of(TextNode.valueOf("0.5"), BooleanNode.FALSE);
            case "boolean" -> List.of(TextNode.valueOf("true"), IntNode.valueOf(1));
            case "any" -> List.of();
            default -> List.of(JSON.arrayNode(), IntNode.valueOf(5)); // a structure
        };
    }

    /** A copy of {@code base} with the value at a path like {@code JobSpecs[0].SpotSpec.SpotStrategy}. */
    private static ObjectNode with(ObjectNode base, String path, JsonNode value) {
        ObjectNode copy = base.deepCopy();
        JsonNode node = copy;
        String[] steps = path.split("\\.");
        for (int i = 0; i < steps.length - 1; i++) {
            String step = steps[i];
            ObjectNode parent = (ObjectNode) node;
            if (step.endsWith("[0]")) {
                String name = step.substring(0, step.length() - 3);
                if (!parent.path(name).path(0).isObject()) {
                    parent.putArray(name).addObject(); // an earlier mutation replaced it
                }
                node = parent.get(name).get(0);
            } else {
                node = parent.path(step).isObject() ? parent.get(step) : parent.putObject(step);
            }
        }
        ((ObjectNode) node).set(steps[steps.length - 1], value);
        return copy;
    }

    private static String samplePath(Operation<?, ?> op) {
        return op.pathTemplate().replace("{JobId}", runningJob).replace("{PodId}", runningJob + "-worker-0");
    }

    /** Every job as the API shows it, without the per-call RequestId. */
    private static String snapshot() {
        StringBuilder out = new StringBuilder();
        JsonNode list = SignedCall.to(mock).op("ListJobs", "GET", "/api/v1/jobs").query("PageSize", "100").send().json();
        ((ObjectNode) list).remove("RequestId");
        out.append(list).append('\n');
        list.path("Jobs").forEach(job -> {
            JsonNode detail = SignedCall.to(mock).op("GetJob", "GET", "/api/v1/jobs/" + job.path("JobId").asText())
                    .send().json();
            ((ObjectNode) detail).remove("RequestId");
            out.append(detail).append('\n');
        });
        assertThat(list.path("TotalCount").asInt()).isEqualTo(3);
        return out.toString();
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) DlcJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviate(String text) {
        String printable = text.replace('\u0000', '0');
        return printable.length() <= 70 ? printable : printable.substring(0, 67) + "...";
    }
}
