package gongkai.app.launch;

import fish.payara.micro.PayaraMicro;
import org.apache.commons.io.file.PathUtils;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.CRC32;

/**
 * Boots Payara Micro as its own launcher does with {@code --rootdir} (its runtime jars unpacked to
 * {@code <root>/runtime/} on a URLClassLoader, then its start class's {@code main}), with two differences
 * (docs/decisions/019): the jars are unpacked only when they are not there already (Payara copies all 97 MB again
 * at every start), and the class loader is an {@link IndexedClassLoader}, which asks only the jars that hold a
 * class's directory instead of each of 320 jars in turn.
 *
 * <p>The files, URLs, their order, the parent loader and the system properties are those of Payara's
 * {@code ExplodedURLClassloader} and {@code PayaraMicroLauncher}; Payara's server.policy grants its permissions to
 * the code under the root directory, so the jars stay there. When the jar does not look as expected (another Payara
 * Micro layout), Payara Micro boots itself.
 */
final class PayaraBoot {

    static final String RUNTIME = "MICRO-INF/runtime/";
    static final String LIB = "MICRO-INF/lib/";
    /** Written into the runtime directory last, named by the CRC-32 of the unpacked entries' names, sizes and CRCs. */
    static final String UNPACKED = ".unpacked-";

    private PayaraBoot() {
    }

    /** Starts Payara Micro with these arguments (which include {@code --rootdir rootDirectory}). */
    static void start(Path rootDirectory, String[] args) throws Exception {
        Prepared prepared;
        try {
            prepared = prepare(rootDirectory, payaraJar());
        } catch (IOException | URISyntaxException | RuntimeException e) {
            Launcher.log("Payara Micro boots itself (" + e + ")");
            PayaraMicro.main(args);
            return;
        }
        // as ExplodedURLClassloader and PayaraMicroLauncher set them
        String root = rootDirectory.toFile().getAbsolutePath();
        System.setProperty("fish.payara.micro.tmpdir", root);
        System.setProperty("fish.payara.micro.UnpackDir", root);
        System.setProperty("fish.payara.micro.BootJar", prepared.payaraJar().toURI().toString());
        IndexedClassLoader loader = new IndexedClassLoader(prepared.urls(), ClassLoader.getSystemClassLoader(),
                prepared.indexCache());
        Thread.currentThread().setContextClassLoader(loader);
        Method main = loader.loadClass(prepared.startClass()).getDeclaredMethod("main", String[].class);
        try {
            main.invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * What the class loader needs: the runtime's URLs in Payara's order, the start class, the Payara Micro jar, and
     * where the loader keeps its index (in the runtime directory, which a new unpacking replaces).
     */
    record Prepared(File payaraJar, List<URL> urls, String startClass, Path indexCache) {
    }

    static File payaraJar() throws URISyntaxException {
        return new File(PayaraMicro.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /**
     * The runtime jars in {@code root/runtime/}, unpacked unless that directory holds this Payara Micro's already (a
     * marker written last says so; an unpacking cut short or another version is replaced), and the URLs in the order
     * Payara's own loader would have them.
     */
    static Prepared prepare(Path root, File payaraJar) throws IOException {
        try (JarFile jar = new JarFile(payaraJar)) {
            String startClass = jar.getManifest() == null ? null
                    : jar.getManifest().getMainAttributes().getValue("Start-Class");
            if (startClass == null) {
                throw new IOException(payaraJar + " names no Start-Class");
            }
            List<JarEntry> entries = new ArrayList<>();
            CRC32 key = new CRC32();
            for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                JarEntry entry = e.nextElement();
                if (runtimeName(entry) != null) {
                    entries.add(entry);
                    key.update((entry.getName() + "|" + entry.getSize() + "|" + entry.getCrc() + "\n")
                            .getBytes(StandardCharsets.UTF_8));
                }
            }
            if (entries.stream().allMatch(JarEntry::isDirectory)) {
                throw new IOException(payaraJar + " holds no " + RUNTIME);
            }
            Path runtime = root.resolve("runtime");
            if (!Files.exists(runtime.resolve(UNPACKED + Long.toHexString(key.getValue())))) {
                unpack(jar, entries, root, UNPACKED + Long.toHexString(key.getValue()));
            }
            Files.createDirectories(root.resolve("lib"));
            // As ExplodedURLClassloader: one URL per entry, the directory entries being the runtime directory itself.
            List<URL> urls = new ArrayList<>();
            for (JarEntry entry : entries) {
                urls.add(new File(runtime.toFile(), runtimeName(entry)).getAbsoluteFile().toURI().toURL());
            }
            CRC32 urlsKey = new CRC32();
            urls.forEach(url -> urlsKey.update((url + "\n").getBytes(StandardCharsets.UTF_8)));
            return new Prepared(payaraJar, urls, startClass,
                    runtime.resolve(".class-path-index-" + Long.toHexString(urlsKey.getValue())));
        }
    }

    /** The entry's file name in the runtime directory ("" for the directories themselves), or null if not runtime. */
    static String runtimeName(JarEntry entry) {
        String name = entry.getName();
        if (name.startsWith(RUNTIME)) {
            return name.substring(RUNTIME.length());
        }
        if (name.startsWith(LIB)) {
            return name.substring(LIB.length());
        }
        return null;
    }

    /** Unpacks beside root/runtime, then replaces it: a start never sees half a runtime directory as complete. */
    private static void unpack(JarFile jar, List<JarEntry> entries, Path root, String marker) throws IOException {
        Files.createDirectories(root);
        Path temporary = Files.createTempDirectory(root, "runtime-unpacking-");
        try {
            for (JarEntry entry : entries) {
                Path target = temporary.resolve(runtimeName(entry));
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = jar.getInputStream(entry)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            Files.writeString(temporary.resolve(marker), jar.getName() + "\n");
            Path runtime = root.resolve("runtime");
            PathUtils.delete(runtime);
            Files.move(temporary, runtime, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            PathUtils.delete(temporary);
            throw e;
        }
    }
}
