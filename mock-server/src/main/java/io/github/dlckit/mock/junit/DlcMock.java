package io.github.dlckit.mock.junit;

import io.github.dlckit.mock.clock.ClockMode;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs one embedded DLC mock for the annotated test class (started before the first test, stopped after the last,
 * state reset before each test) and injects it into test and lifecycle method parameters: {@code DlcMockServer},
 * {@code MockControl}, {@code WireMockServer}, and — when the SDK (dlc-sdk-core) is on the class path — a ready
 * {@code DlcClient} or {@code DlcAsyncClient} (one per parameter, closed after the test) or a preconfigured
 * {@code DlcClientBuilder} (endpoint, region and key set; for other options such as {@code clientValidation(false)}).
 * On the virtual clock these clients' waiters advance the mock's clock instead of sleeping ({@link VirtualTime}), so
 * {@code dlc.waiter().untilRunning(id, WaitOptions.defaults())} returns at once in wall time.
 *
 * <pre>{@code
 * @DlcMock(seed = 7)
 * class MyJobTest {
 *     @Test
 *     void runs(DlcMockServer mock, MockControl control) { ... }
 * }
 * }</pre>
 *
 * For options this annotation does not offer, register a {@link DlcMockExtension} built with
 * {@link DlcMockExtension#builder()} instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(DlcMockExtension.class)
public @interface DlcMock {

    /** @return the region served */
    String region() default "cn-wulanchabu";

    /** @return how the clock moves; tests normally keep the virtual clock and advance it */
    ClockMode clock() default ClockMode.VIRTUAL;

    /** @return the seed of ids and prices */
    long seed() default 1L;

    /** @return the virtual start time, ISO-8601 ({@code 2026-11-29T00:00:00Z}); empty for "now" */
    String startTime() default "";

    /** @return access keys as {@code ID:SECRET[:ACCOUNT[:USER]]}; empty for {@code testid:testsecret} */
    String[] accessKeys() default {};

    /**
     * @return whether each test starts from an empty mock (engine state, WireMock stubs and journal, injected
     *         faults, the mock's own journal)
     */
    boolean resetBetweenTests() default true;
}
