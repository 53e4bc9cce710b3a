package io.github.dlckit.codegen;

/** The two shapes of the client surface: blocking calls, and calls that return a {@code CompletableFuture}. */
enum ClientFlavour {

    SYNC("DlcClientOperations", "blocking calls: each method returns when the call has succeeded or "
            + "throws when it has failed", null),
    ASYNC("DlcAsyncClientOperations", "non-blocking calls: each method returns at once with a future that "
            + "completes with the response, or exceptionally with the same exception the blocking client throws",
            "java.util.concurrent.CompletableFuture");

    private final String interfaceName;
    private final String description;
    private final String wrapper;

    ClientFlavour(String interfaceName, String description, String wrapper) {
        this.interfaceName = interfaceName;
        this.description = description;
        this.wrapper = wrapper;
    }

    String interfaceName() {
        return interfaceName;
    }

    String description() {
        return description;
    }

    /** The fully qualified wrapper of results, or null when results are returned as they are. */
    String wrapper() {
        return wrapper;
    }

    /** The declared result type for a response type, e.g. {@code CompletableFuture<GetJobResponse>}. */
    String result(String responseType) {
        return wrapper == null ? responseType : simpleName(wrapper) + "<" + responseType + ">";
    }

    private static String simpleName(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }
}
