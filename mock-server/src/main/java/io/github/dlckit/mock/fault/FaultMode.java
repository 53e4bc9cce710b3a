package io.github.dlckit.mock.fault;

import java.util.EnumSet;
import java.util.Set;

/** What an injected fault does to a matching DLC API call. */
public enum FaultMode {
    /** Answers the vendor's error body with the fault's {@code Status} and {@code Code}; the state is untouched. */
    Refuse,
    /** Carries the call out (the state changes), then closes the connection without answering. */
    ResponseLost,
    /** Carries the call out and holds the answer for {@code DelaySeconds} of wall time. */
    Delay,
    /** Resets the connection (TCP RST) before the request's body is read; nothing is carried out. */
    Reset;

    /** The modes the API dispatcher carries out (a reset happens earlier, before the request is read). */
    public static final Set<FaultMode> IN_DISPATCHER = EnumSet.of(Refuse, ResponseLost, Delay);
}
