package io.github.dlckit.mock.engine.market;

/** M6: the order in which waiting jobs are tried (option {@code QueueOrder}). */
public enum QueueOrder {
    /** Priority, highest first; then queue time; then arrival (the default). */
    PRIORITY_FIRST("PriorityFirst"),
    /** Effective bid as a share of the original price, highest first; then as {@link #PRIORITY_FIRST}. */
    BID_FIRST("BidFirst");

    private final String wire;

    QueueOrder(String wire) {
        this.wire = wire;
    }

    /** @return the option's spelling, e.g. {@code PriorityFirst} */
    public String wireValue() {
        return wire;
    }

    /**
     * @param text {@code PriorityFirst} or {@code BidFirst} (any case)
     * @return the order
     * @throws IllegalArgumentException naming the option for any other value
     */
    public static QueueOrder fromWire(String text) {
        for (QueueOrder order : values()) {
            if (order.wire.equalsIgnoreCase(String.valueOf(text)) || order.name().equalsIgnoreCase(String.valueOf(text))) {
                return order;
            }
        }
        throw new IllegalArgumentException("QueueOrder: must be PriorityFirst or BidFirst, got " + text);
    }
}
