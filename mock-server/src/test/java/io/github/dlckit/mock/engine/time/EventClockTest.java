package io.github.dlckit.mock.engine.time;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventClockTest {

    private static final Instant T0 = Instant.parse("2026-11-29T00:00:00Z");

    @Test
    void runsDueEventsInTimeThenInsertionOrderAtTheirOwnTime() {
        EventClock clock = new EventClock(T0);
        List<String> log = new ArrayList<>();
        clock.scheduleAfter(Duration.ofSeconds(20), "b", () -> log.add("b@" + clock.now()));
        clock.scheduleAfter(Duration.ofSeconds(10), "a", () -> log.add("a@" + clock.now()));
        clock.scheduleAfter(Duration.ofSeconds(20), "c", () -> log.add("c@" + clock.now()));
        clock.scheduleAfter(Duration.ofSeconds(40), "late", () -> log.add("late"));

        Instant now = clock.advanceBy(Duration.ofSeconds(30));

        assertThat(log).containsExactly("a@2026-11-29T00:00:10Z", "b@2026-11-29T00:00:20Z", "c@2026-11-29T00:00:20Z");
        assertThat(now).isEqualTo(T0.plusSeconds(30));
        assertThat(clock.nextEventTime()).contains(T0.plusSeconds(40));
    }

    @Test
    void eventsScheduledByEventsRunInTheSameAdvanceWhenDue() {
        EventClock clock = new EventClock(T0);
        List<Instant> ticks = new ArrayList<>();
        Runnable[] tick = new Runnable[1];
        tick[0] = () -> {
            ticks.add(clock.now());
            clock.scheduleAfter(Duration.ofMinutes(1), "tick", tick[0]);
        };
        clock.schedule(T0, "tick", tick[0]);

        clock.advanceBy(Duration.ofMinutes(3));

        assertThat(ticks).containsExactly(T0, T0.plusSeconds(60), T0.plusSeconds(120), T0.plusSeconds(180));
    }

    @Test
    void cancelledEventsDoNotRun() {
        EventClock clock = new EventClock(T0);
        List<String> log = new ArrayList<>();
        ScheduledEvent dropped = clock.scheduleAfter(Duration.ofSeconds(5), "dropped", () -> log.add("dropped"));
        clock.scheduleAfter(Duration.ofSeconds(6), "kept", () -> log.add("kept"));

        dropped.cancel();
        clock.advanceBy(Duration.ofSeconds(10));

        assertThat(log).containsExactly("kept");
    }

    @Test
    void timeNeverMovesBack() {
        EventClock clock = new EventClock(T0);
        clock.advanceBy(Duration.ofSeconds(10));

        assertThatThrownBy(() -> clock.advanceTo(T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> clock.schedule(T0, "past", () -> { })).hasMessageContaining("before now");
    }
}
