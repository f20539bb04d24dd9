package gongkai.app.it;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package as built (decision 021): the application's libraries on the launcher's class path are not also in the
 * exploded WAR the launcher deploys (Payara would parse their classes at every deployment, and the WAR's copy would
 * win), and none of the launcher's libraries holds a package that Payara Micro's runtime holds too: on the system
 * class path, which is the parent of Payara's own loader, such a library would replace Payara's version for Payara.
 */
class LauncherLayoutIT {

    private static final Path TARGET = Path.of("target");
    private static final Path LIB = TARGET.resolve("lib");
    private static final Path WEB_INF_LIB = TARGET.resolve("gongkai/WEB-INF/lib");
    /** Payara holds jackson-annotations 2.20; Flyway's Jackson 3 needs ours (2.22), which only adds annotations. */
    private static final Set<String> SHARED_WITH_PAYARA_ON_PURPOSE = Set.of("com/fasterxml/jackson/annotation");

    @Test
    void no_library_is_both_on_the_launchers_class_path_and_in_the_exploded_war() throws IOException {
        Set<String> lib = names(LIB);
        Set<String> webInfLib = names(WEB_INF_LIB);
        assertThat(lib).contains("postgresql-42.7.8.jar", "quartz-2.5.2.jar", "jsoup-1.23.1.jar",
                "spring-data-commons-3.5.8.jar");
        assertThat(webInfLib).contains("flow-server-24.10.12.jar", "gongkai-tenants-0.1.0-SNAPSHOT.jar")
                .doesNotContainAnyElementsOf(lib)
                .noneMatch(name -> name.startsWith("jakarta.") || name.startsWith("nimbus-jose-jwt-"));
    }

    @Test
    void no_library_of_the_launcher_holds_a_package_of_payaras_runtime() throws IOException {
        Path payara;
        try (Stream<Path> files = Files.list(LIB)) {
            payara = files.filter(f -> f.getFileName().toString().startsWith("payara-micro-")).findFirst().orElseThrow();
        }
        Map<String, String> payaraPackages = runtimePackages(payara);
        assertThat(payaraPackages).containsKeys("com/fasterxml/jackson/databind", "org/objectweb/asm");

        Map<String, Set<String>> clashes = new TreeMap<>();
        for (String jar : names(LIB)) {
            if (jar.equals(payara.getFileName().toString())) {
                continue;
            }
            for (String pkg : packages(LIB.resolve(jar))) {
                if (payaraPackages.containsKey(pkg) && !SHARED_WITH_PAYARA_ON_PURPOSE.contains(pkg)) {
                    clashes.computeIfAbsent(jar, j -> new TreeSet<>()).add(pkg + " (" + payaraPackages.get(pkg) + ")");
                }
            }
        }
        assertThat(clashes).as("libraries whose packages Payara's runtime holds too").isEmpty();
    }

    private static Set<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".jar"))
                    .collect(TreeSet::new, Set::add, Set::addAll);
        }
    }

    private static Set<String> packages(Path jar) throws IOException {
        Set<String> packages = new TreeSet<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
                addPackage(packages, e.nextElement().getName());
            }
        }
        return packages;
    }

    /** Package (as a directory) to the runtime jar holding it, for every jar inside Payara Micro's MICRO-INF. */
    private static Map<String, String> runtimePackages(Path payaraMicro) throws IOException {
        Map<String, String> packages = new HashMap<>();
        try (JarFile micro = new JarFile(payaraMicro.toFile())) {
            for (JarEntry entry : micro.stream().toList()) {
                String name = entry.getName();
                if (!name.startsWith("MICRO-INF/runtime/") && !name.startsWith("MICRO-INF/lib/")
                        || !name.endsWith(".jar")) {
                    continue;
                }
                String runtimeJar = name.substring(name.lastIndexOf('/') + 1);
                try (InputStream in = micro.getInputStream(entry); ZipInputStream nested = new ZipInputStream(in)) {
                    Set<String> found = new TreeSet<>();
                    for (ZipEntry e = nested.getNextEntry(); e != null; e = nested.getNextEntry()) {
                        addPackage(found, e.getName());
                    }
                    found.forEach(pkg -> packages.putIfAbsent(pkg, runtimeJar));
                }
            }
        }
        return packages;
    }

    private static void addPackage(Set<String> packages, String entry) {
        if (entry.endsWith(".class") && !entry.startsWith("META-INF/") && entry.contains("/")) {
            packages.add(entry.substring(0, entry.lastIndexOf('/')));
        }
    }
}
