package example;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Adding dlc-mock-server in test scope changes no version on the class path and brings no WireMock library. */
class ClassPathTest {

    @Test
    void theMockBringsOnlyDlckitJarsAndTheSdksOwnDependencies() throws Exception {
        List<String> jars = Stream.of(System.getProperty("surefire.test.class.path",
                        System.getProperty("java.class.path")).split(File.pathSeparator))
                .map(entry -> new File(entry).getName()).filter(name -> name.endsWith(".jar"))
                .sorted().collect(Collectors.toList());
        // with-vendor-client: the vendor's own libraries (tea-util brings json-path 2.9.0), kept at its versions.
        String vendorJars = System.getProperty("dlc.vendor.jars", "");
        List<String> ours = jars.stream().filter(name -> vendorJars.isEmpty() || !name.matches(vendorJars))
                .collect(Collectors.toList());

        assertThat(jars).anyMatch(name -> name.startsWith("dlc-mock-server-"))
                .anyMatch(name -> name.startsWith("dlc-sdk-core-"));
        assertThat(ours).noneMatch(name -> name.matches(
                "(jetty|guava|handlebars|xmlunit|json-path|json-smart|httpclient5|httpcore5|wiremock|commons-io"
                        + "|jopt|json-schema-validator|snakeyaml|jackson-datatype-jsr310|jackson-dataformat-yaml).*"));
        assertThat(jars).filteredOn(name -> name.startsWith("jackson-"))
                .allMatch(name -> name.matches("jackson-(core|databind|datatype-jdk8)-2\\.21\\.8\\.jar"
                        + "|jackson-annotations-2\\.21\\.jar"));
        assertThat(jars).contains("okhttp-jvm-5.5.1.jar").noneMatch(name -> name.matches("okhttp-[34]\\..*"));
        if (!vendorJars.isEmpty()) {
            assertThat(jars).filteredOn(name -> name.matches(vendorJars)).isNotEmpty();
            Class.forName("com.aliyun.teaopenapi.Client");
            System.out.println("checked: the vendor's client is on the class path, its own libraries at their"
                    + " versions: " + jars.stream().filter(n -> n.matches(vendorJars)).collect(Collectors.joining(", ")));
        }
        assertThat(PackageVersion.VERSION.toString()).isEqualTo("2.21.8");
        // The annotation of the message in the original report: present, so no NoClassDefFoundError.
        Class.forName("com.fasterxml.jackson.annotation.JsonSerializeAs");
        System.out.println("checked: test class path of " + jars.size() + " jars has no WireMock library and"
                + " Jackson 2.21.8 only: " + jars.stream().filter(n -> !n.startsWith("junit") && !n.startsWith("opentest")
                && !n.startsWith("apiguardian") && !n.startsWith("assertj")).collect(Collectors.joining(", ")));
    }
}
