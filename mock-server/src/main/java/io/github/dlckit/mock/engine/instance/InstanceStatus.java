package io.github.dlckit.mock.engine.instance;

/** The statuses a long-lived service instance (a TensorBoard, a Ray history server) goes through in the mock. */
public enum InstanceStatus {
    /** Being set up: between a create or start and the end of the start-up time. */
    CREATING("Creating"),
    /** Serving. */
    RUNNING("Running"),
    /** Stopped by the user or by its maximum running time; it can be started again. */
    STOPPED("Stopped");

    private final String wireValue;

    InstanceStatus(String wireValue) {
        this.wireValue = wireValue;
    }

    /** @return the status as the vendor writes it */
    public String wireValue() {
        return wireValue;
    }
}
