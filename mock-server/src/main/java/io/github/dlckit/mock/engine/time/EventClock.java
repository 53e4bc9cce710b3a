package io.github.dlckit.mock.engine.time;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * The mock's only source of time: a virtual clock with an ordered event queue. Everything time-dependent
 * (price ticks, protection expiries, preparation and run completions, ...) is an event. {@link #advanceTo}
 * runs the due events in (time, insertion) order, moving the clock to each event's time before running it;
 * an event may schedule further events, which run in the same advance when they are due. Same inputs, same
 * history.
 *
 * <p>Not thread-safe: the engine that owns it serialises access.
 */
public final class EventClock {

    private static final Comparator<ScheduledEvent> ORDER =
            Comparator.comparing(ScheduledEvent::time).thenComparingLong(ScheduledEvent::sequence);

    private final PriorityQueue<ScheduledEvent> queue = new PriorityQueue<>(ORDER);
    private Instant now;
    private long sequence;

    /**
     * @param start the virtual time the clock starts at
     */
    public EventClock(Instant start) {
        this.now = Objects.requireNonNull(start, "start");
    }

    /** @return the current virtual time */
    public Instant now() {
        return now;
    }

    /**
     * Schedules an action.
     *
     * @param at when it runs; not before {@link #now()}
     * @param description what it does (shown in {@code toString})
     * @param action the action
     * @return the event, to cancel it
     */
    public ScheduledEvent schedule(Instant at, String description, Runnable action) {
        if (at.isBefore(now)) {
            throw new IllegalArgumentException("cannot schedule " + description + " at " + at + ", before now " + now);
        }
        ScheduledEvent event = new ScheduledEvent(at, sequence++, description, action);
        queue.add(event);
        return event;
    }

    /**
     * Schedules an action after a delay.
     *
     * @param delay how long from now; not negative
     * @param description what it does
     * @param action the action
     * @return the event
     */
    public ScheduledEvent scheduleAfter(Duration delay, String description, Runnable action) {
        return schedule(now.plus(delay), description, action);
    }

    /**
     * Runs every event due up to {@code target}, in order, then sets the clock to {@code target}.
     *
     * @param target the new time; not before now
     * @return the new time
     */
    public Instant advanceTo(Instant target) {
        if (target.isBefore(now)) {
            throw new IllegalArgumentException("cannot move the clock back from " + now + " to " + target);
        }
        ScheduledEvent next;
        while ((next = queue.peek()) != null && !next.time().isAfter(target)) {
            queue.poll();
            if (!next.isCancelled()) {
                now = next.time();
                next.run();
            }
        }
        now = target;
        return now;
    }

    /**
     * Advances by a duration.
     *
     * @param duration how far; not negative
     * @return the new time
     */
    public Instant advanceBy(Duration duration) {
        return advanceTo(now.plus(duration));
    }

    /** Runs the events due now (scheduled at the current time), without moving the clock. */
    public void runDue() {
        advanceTo(now);
    }

    /** @return when the next pending event runs, if any */
    public Optional<Instant> nextEventTime() {
        while (!queue.isEmpty() && queue.peek().isCancelled()) {
            queue.poll();
        }
        return queue.isEmpty() ? Optional.empty() : Optional.of(queue.peek().time());
    }

    /** @return how many events wait in the queue (cancelled ones may still be counted until reached) */
    public int pendingEvents() {
        return queue.size();
    }
}
