package io.github.dlckit.mock;

/** Request bodies and calls the HTTP tests share. */
public final class Jobs {

    /** A small valid CreateJob body: one worker, a command that runs a minute. */
    public static final String CREATE_BODY = "{\"DisplayName\":\"http-test\",\"JobType\":\"PyTorchJob\","
            + "\"JobSpecs\":[{\"Type\":\"Worker\",\"Image\":\"registry.cn-wulanchabu.aliyuncs.com/pai/llm:torch2.3\","
            + "\"PodCount\":1,\"EcsSpec\":\"ecs.g7.xlarge\"}],\"UserCommand\":\"echo start && sleep 60 && echo done\"}";

    /** A CreateJob body of a general-purpose spot job on ecs.g7.xlarge bidding {@code priceLimit} CNY per minute. */
    public static String spotBody(String priceLimit) {
        return "{\"DisplayName\":\"spot-test\",\"JobType\":\"PyTorchJob\",\"JobSpecs\":[{\"Type\":\"Worker\","
                + "\"Image\":\"registry.cn-wulanchabu.aliyuncs.com/pai/llm:torch2.3\",\"PodCount\":1,"
                + "\"EcsSpec\":\"ecs.g7.xlarge\",\"SpotSpec\":{\"SpotStrategy\":\"SpotWithPriceLimit\","
                + "\"SpotPriceLimit\":" + priceLimit + "}}],\"UserCommand\":\"sleep 3600\"}";
    }

    private Jobs() {
    }

    /** Creates a job and returns its id. */
    public static String create(SignedCall call) {
        return create(call, CREATE_BODY);
    }

    /** Creates a job from a CreateJob body and returns its id. */
    public static String create(SignedCall call, String body) {
        SignedCall.Reply reply = call.op("CreateJob", "POST", "/api/v1/jobs").body(body).send();
        if (reply.status() != 200) {
            throw new AssertionError("CreateJob failed: " + reply);
        }
        return reply.json().path("JobId").asText();
    }
}
