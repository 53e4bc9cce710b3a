package io.github.dlckit.bench;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Loads {@link VendorGetJob} with the vendor's dependency tree ({@code target/vendor-lib}, OkHttp 4.12 among it)
 * in a class loader whose parent is the platform loader: nothing of our classpath (OkHttp 5) is visible there,
 * and only JDK types ({@link Callable}) cross the boundary.
 */
final class VendorLoader {

    private VendorLoader() {
    }

    @SuppressWarnings("unchecked")
    static Callable<Object> getJob(String endpoint, String accessKeyId, String accessKeySecret) throws Exception {
        Path ownCode = Path.of(VendorLoader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        File vendorLib = ownCode.getParent().resolve("vendor-lib").toFile();
        File[] jars = vendorLib.listFiles((dir, name) -> name.endsWith(".jar"));
        if (jars == null || jars.length == 0) {
            throw new IllegalStateException("no vendor jars in " + vendorLib + ": build with mvn package first");
        }
        List<URL> urls = new ArrayList<>();
        urls.add(ownCode.toUri().toURL());
        for (File jar : jars) {
            urls.add(jar.toURI().toURL());
        }
        ClassLoader isolated = new URLClassLoader("vendor", urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
        Class<?> type = Class.forName(VendorGetJob.class.getName(), true, isolated);
        if (type.getClassLoader() != isolated) {
            throw new IllegalStateException("VendorGetJob leaked out of the isolated loader");
        }
        return (Callable<Object>) type.getConstructor(String.class, String.class, String.class)
                .newInstance(endpoint, accessKeyId, accessKeySecret);
    }
}
