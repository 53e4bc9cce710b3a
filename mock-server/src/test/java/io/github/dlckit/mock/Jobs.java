package io.github.dlckit.mock;

/** Request bodies and calls the HTTP tests share. */
public final class Jobs {

    /** A small valid CreateJob body: one worker, a command that runs a minute. */
    public static final String CREATE_BODY = "{\"DisplayName\":\"http-test\",\"JobType\":\"PyTorchJob\","
            + "\"JobSpecs\":[{\"Type\":\"Worker\",\"Image\":\"registry.cn-wulanchabu.aliyuncs.com/pai/llm:torch2.3\","
            + "\"PodCount\":1,\"EcsSpec\":\"ecs.g7.xlarge\"}],\"UserCommand\":\"echo start && sleep 60 && echo done\"}";

    private Jobs() {
    }

    /** Creates a job and returns its id. */
    public static String create(SignedCall call) {
        SignedCall.Reply reply = call.op("CreateJob", "POST", "/api/v1/jobs").body(CREATE_BODY).send();
        if (reply.status() != 200) {
            throw new AssertionError("CreateJob failed: " + reply);
        }
        return reply.json().path("JobId").asText();
    }
}
