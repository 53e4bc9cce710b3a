package io.github.dlckit.mock;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;

import java.util.Set;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The arrows between modules and packages (docs/ARCHITECTURE.md), checked on the main classes of sdk-models,
 * sdk-core and the mock server as they are on this module's test classpath.
 */
@AnalyzeClasses(packages = "io.github.dlckit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ENGINE = "io.github.dlckit.mock.engine..";

    /** Types whose {@code now()} (or {@code now(ZoneId)}) reads the wall clock; {@code now(Clock)} does not. */
    private static final Set<String> TIME_TYPES = Set.of("java.time.Instant", "java.time.LocalDateTime",
            "java.time.LocalDate", "java.time.LocalTime", "java.time.ZonedDateTime", "java.time.OffsetDateTime",
            "java.time.OffsetTime", "java.time.Year", "java.time.YearMonth", "java.time.MonthDay");

    /** sdk-models' answer types: each operation's response and the nested shapes named after it. */
    private static final DescribedPredicate<JavaClass> ANSWER_SHAPES = DescribedPredicate.describe(
            "are sdk-models answer shapes (io.github.dlckit.model.*Response*)",
            c -> c.getPackageName().equals("io.github.dlckit.model") && c.getSimpleName().contains("Response"));

    private static final DescribedPredicate<AccessTarget.CodeUnitCallTarget> WALL_CLOCK =
            DescribedPredicate.describe("read the wall clock", ArchitectureTest::readsWallClock);

    @ArchTest
    static final ArchRule sdkModelsKnowNothingOfSdkCore = noClasses().that().resideInAPackage("io.github.dlckit.model..")
            .should().dependOnClassesThat().resideInAPackage("io.github.dlckit.sdk..");

    @ArchTest
    static final ArchRule onlyTheMocksJunitPackageUsesSdkCore = noClasses().that()
            .resideInAPackage("io.github.dlckit.mock..").and().resideOutsideOfPackage("io.github.dlckit.mock.junit..")
            .should().dependOnClassesThat().resideInAPackage("io.github.dlckit.sdk..");

    @ArchTest
    static final ArchRule internalPackagesStayInsideTheirModule = CompositeArchRule
            .of(internalOf("io.github.dlckit.sdk")).and(internalOf("io.github.dlckit.model"))
            .and(internalOf("io.github.dlckit.mock"));

    @ArchTest
    static final ArchRule theEngineNeverReadsTheWallClock = neverReadsTheWallClock(ENGINE);

    @ArchTest
    static final ArchRule theEngineKnowsNoTransportNorTheLayersAboveIt = noClasses().that().resideInAPackage(ENGINE)
            .should().dependOnClassesThat().resideInAnyPackage("com.github.tomakehurst..", "org.wiremock..",
                    "org.eclipse.jetty..", "jakarta.servlet..", "javax.servlet..", "okhttp3..", "java.net.http..",
                    "io.github.dlckit.mock", "io.github.dlckit.mock.http..", "io.github.dlckit.mock.api..",
                    "io.github.dlckit.mock.control..", "io.github.dlckit.mock.clock..", "io.github.dlckit.mock.cli..",
                    "io.github.dlckit.mock.junit..");

    /** JSON reaches the engine only through its {@code ModelCodec}, which the API layer implements. */
    @ArchTest
    static final ArchRule theEngineImportsNoJackson = noClasses().that().resideInAPackage(ENGINE)
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "io.github.dlckit.model.json..");

    /**
     * The engine answers with domain objects (jobs, TensorBoards, templates, pools, ...); the API layer renders the
     * vendor's answer shapes ({@code api} and {@code api.view}).
     */
    @ArchTest
    static final ArchRule theEngineRendersNoAnswers = rendersNoAnswers(ENGINE);

    @ArchTest
    static final ArchRule theApiLayerKnowsNoTransport = noClasses().that().resideInAPackage("io.github.dlckit.mock.api..")
            .should().dependOnClassesThat().resideInAnyPackage("com.github.tomakehurst..", "org.eclipse.jetty..",
                    "io.github.dlckit.mock.http..", "io.github.dlckit.mock.control..");

    @ArchTest
    static final ArchRule authAndStoreStandAlone = CompositeArchRule.of(standsAlone("io.github.dlckit.mock.auth"))
            .and(standsAlone("io.github.dlckit.mock.store"));

    /** The wall-clock rule catches each way of reading it, and lets a clock passed in through. */
    @Test
    void theWallClockRule_catchesEveryWayOfReadingIt() {
        JavaClasses fixtures = new ClassFileImporter().importClasses(ReadsTheWallClock.class, UsesAGivenClock.class);
        ArchRule rule = neverReadsTheWallClock("io.github.dlckit.mock..");

        EvaluationResult result = rule.evaluate(fixtures.that(JavaClass.Predicates.equivalentTo(ReadsTheWallClock.class)));
        assertThat(result.getFailureReport().getDetails()).hasSize(6);
        assertThat(rule.evaluate(fixtures.that(JavaClass.Predicates.equivalentTo(UsesAGivenClock.class))).hasViolation())
                .isFalse();
    }

    /** The answer rule catches a response type and its nested shapes, and lets request and shared types through. */
    @Test
    void theAnswerRule_catchesResponsesAndTheirNestedShapes() {
        JavaClasses fixtures = new ClassFileImporter().importClasses(RendersAnswers.class, ReadsRequests.class);
        ArchRule rule = rendersNoAnswers("io.github.dlckit.mock..");

        EvaluationResult result = rule.evaluate(fixtures.that(JavaClass.Predicates.equivalentTo(RendersAnswers.class)));
        assertThat(result.getFailureReport().getDetails()).anySatisfy(d -> assertThat(d).contains("GetJobResponse"))
                .anySatisfy(d -> assertThat(d).contains("ListSignalsResponseSignals"));
        assertThat(rule.evaluate(fixtures.that(JavaClass.Predicates.equivalentTo(ReadsRequests.class))).hasViolation())
                .isFalse();
    }

    @SuppressWarnings("unused")
    static final class RendersAnswers {
        Object render() {
            return java.util.List.of(io.github.dlckit.model.GetJobResponse.builder().build(),
                    io.github.dlckit.model.ListSignalsResponseSignals.builder().build());
        }
    }

    @SuppressWarnings("unused")
    static final class ReadsRequests {
        Object read(io.github.dlckit.model.GetJobRequest request) {
            return request.jobId().map(id -> io.github.dlckit.model.JobSpec.builder().type(id).build());
        }
    }

    @SuppressWarnings({"unused", "JavaUtilDate"})
    static final class ReadsTheWallClock {
        Object[] read() {
            return new Object[] {Instant.now(), System.currentTimeMillis(), System.nanoTime(), Clock.systemUTC(),
                LocalDateTime.now(java.time.ZoneOffset.UTC), new java.util.Date()};
        }
    }

    @SuppressWarnings("unused")
    static final class UsesAGivenClock {
        Object[] read(Clock clock) {
            return new Object[] {Instant.now(clock), LocalDateTime.now(clock), new java.util.Date(0L)};
        }
    }

    private static ArchRule neverReadsTheWallClock(String packages) {
        return noClasses().that().resideInAPackage(packages)
                .should().callCodeUnitWhere(JavaCall.Predicates.target(WALL_CLOCK));
    }

    private static ArchRule rendersNoAnswers(String... packages) {
        return noClasses().that().resideInAnyPackage(packages).should().dependOnClassesThat(ANSWER_SHAPES);
    }

    private static ArchRule internalOf(String moduleRoot) {
        return noClasses().that().resideOutsideOfPackage(moduleRoot + "..")
                .should().dependOnClassesThat().resideInAPackage(moduleRoot + "..internal..");
    }

    private static ArchRule standsAlone(String pkg) {
        DescribedPredicate<JavaClass> otherMockPackages = resideInAPackage("io.github.dlckit.mock..")
                .and(resideOutsideOfPackage(pkg + ".."));
        return noClasses().that().resideInAPackage(pkg + "..").should().dependOnClassesThat(otherMockPackages);
    }

    private static boolean readsWallClock(AccessTarget.CodeUnitCallTarget target) {
        String owner = target.getOwner().getName();
        String name = target.getName();
        switch (owner) {
            case "java.lang.System":
                return name.equals("currentTimeMillis") || name.equals("nanoTime");
            case "java.time.Clock":
            case "java.time.InstantSource":
                return name.startsWith("system");
            case "java.util.Date":
                return name.equals(JavaConstructor.CONSTRUCTOR_NAME) && target.getRawParameterTypes().isEmpty();
            default:
                return TIME_TYPES.contains(owner) && name.equals("now") && target.getRawParameterTypes().stream()
                        .noneMatch(p -> p.getName().equals("java.time.Clock"));
        }
    }
}
