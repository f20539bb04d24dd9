package gongkai.app.launch;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The indexed loader against the JDK's own URLClassLoader over the same URLs: Payara Micro's real runtime as
 * {@link PayaraBoot} prepares it. Every answer (resource URL, all resources of a name in order, the code source and
 * package of a loaded class, a miss) must be the same.
 */
class IndexedClassLoaderTest {

    @TempDir
    static Path data;

    static PayaraBoot.Prepared runtime;
    static URLClassLoader plain;
    static IndexedClassLoader indexed;
    /** One made from the index the first one wrote: what every start after the first uses. */
    static IndexedClassLoader cached;

    @BeforeAll
    static void loaders() throws Exception {
        runtime = PayaraBoot.prepare(data.resolve("payara"), PayaraBoot.payaraJar());
        ClassLoader parent = ClassLoader.getPlatformClassLoader();
        plain = new URLClassLoader(runtime.urls().toArray(URL[]::new), parent);
        indexed = new IndexedClassLoader(runtime.urls(), parent, runtime.indexCache());
        assertTrue(Files.isRegularFile(runtime.indexCache()), "the index is kept");
        var written = Files.getLastModifiedTime(runtime.indexCache());
        Thread.sleep(20);
        cached = new IndexedClassLoader(runtime.urls(), parent, runtime.indexCache());
        assertEquals(written, Files.getLastModifiedTime(runtime.indexCache()), "read, not made again");
    }

    @AfterAll
    static void close() throws IOException {
        plain.close();
        indexed.close();
        cached.close();
    }

    @Test
    void findsEveryResourceWherePlainSearchFindsIt() throws IOException {
        List<String> names = sampleNames();
        assertTrue(names.size() > 5_000, "a sample of entries: " + names.size());
        int found = 0;
        for (String name : names) {
            URL expected = plain.findResource(name);
            List<String> expectedAll = all(plain, name);
            for (IndexedClassLoader loader : List.of(indexed, cached)) {
                assertEquals(String.valueOf(expected), String.valueOf(loader.findResource(name)), name);
                assertEquals(expectedAll, all(loader, name), name);
            }
            found += expected == null ? 0 : 1;
        }
        assertEquals(names.size() / 2, found, "every sampled entry is found, no made-up name is");
    }

    @Test
    void listsResourcesOfManyJarsInClassPathOrder() throws IOException {
        for (String name : List.of("META-INF/MANIFEST.MF", "META-INF/hk2-locator/default",
                "META-INF/services/jakarta.enterprise.inject.spi.Extension", "META-INF/", "META-INF")) {
            List<String> expected = all(plain, name);
            assertEquals(expected, all(indexed, name), name);
            assertEquals(expected, all(cached, name), name);
        }
        assertTrue(all(indexed, "META-INF/MANIFEST.MF").size() > 300);
        assertTrue(all(indexed, "META-INF/hk2-locator/default").size() > 50);
    }

    @Test
    void loadsClassesFromTheSameJarWithTheSamePackage() throws Exception {
        List<String> classes = sampleNames().stream().filter(n -> n.endsWith(".class") && !n.contains("-")
                        && !n.startsWith("META-INF/"))
                .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                .collect(Collectors.toCollection(TreeSet::new)).stream()
                .filter(n -> Math.floorMod(n.hashCode(), 20) == 0).toList();
        assertTrue(classes.size() > 300, "classes sampled: " + classes.size());
        for (String name : classes) {
            String expected = load(plain, name);
            assertEquals(expected, load(indexed, name), name);
            assertEquals(expected, load(cached, name), name);
        }
    }

    @Test
    void asksOnlyTheJarsHoldingTheDirectory() throws Exception {
        try (IndexedClassLoader loader = new IndexedClassLoader(runtime.urls(), null, runtime.indexCache())) {
            List<ClassPathSource> sources = loader.index().sources();
            assertTrue(sources.size() > 300);
            assertEquals(0, opened(sources), "read from the cache: no jar opened yet");
            String name = "org/glassfish/hk2/api/ServiceLocator.class";
            int[] holders = loader.index().holders(name);
            assertTrue(holders.length >= 1 && holders.length < 5, "jars holding org/glassfish/hk2/api: " + holders.length);
            assertEquals(String.valueOf(plain.findResource(name)), String.valueOf(loader.findResource(name)));
            assertEquals(null, loader.findResource("org/glassfish/hk2/api/NoSuchThing.class"));
            long opened = opened(sources);
            assertTrue(opened >= 1 && opened <= holders.length, "jars opened for two lookups: " + opened);
        }
    }

    @Test
    void whatTheIndexAnswersItself() {
        for (String name : List.of("META-INF/", "a/..b", "..b", ".b", "a/b.c", "short[].class")) {
            assertTrue(IndexedClassLoader.indexable(name), name);
        }
        for (String name : List.of("", "/a", "a//b", "a/./b", "a/../b", "./a", "../a", "a/.", "a/..", ".", "..")) {
            assertFalse(IndexedClassLoader.indexable(name), name);
        }
    }

    private static long opened(List<ClassPathSource> sources) {
        return sources.stream().filter(s -> s instanceof ClassPathSource.Jar jar && jar.isOpen()).count();
    }

    @Test
    void missesWhatNoJarHolds() throws Exception {
        for (String name : List.of("no/such/Thing.class", "org/glassfish/NoSuchThing.class", "nothing.txt",
                "META-INF/services/no.such.Service")) {
            assertEquals(null, indexed.findResource(name), name);
            assertFalse(indexed.findResources(name).hasMoreElements(), name);
        }
        assertEquals("ClassNotFoundException", load(indexed, "org.glassfish.NoSuchThing"));
    }

    @Test
    void namesItDoesNotIndexTakeThePlainSearch() throws IOException {
        for (String name : List.of("", "/META-INF/MANIFEST.MF", "META-INF/../META-INF/MANIFEST.MF",
                "./META-INF/MANIFEST.MF", "a b.txt", "META-INF//MANIFEST.MF", "short[].class",
                "org/x/List<org/x/Item>.class", "../../META-INF/microprofile-config.properties")) {
            assertFalse(IndexedClassLoader.plain(name), name);
            for (IndexedClassLoader loader : List.of(indexed, cached)) {
                assertEquals(String.valueOf(plain.findResource(name)), String.valueOf(loader.findResource(name)), name);
                assertEquals(all(plain, name), all(loader, name), name);
            }
        }
        assertTrue(IndexedClassLoader.indexable("short[].class"), "answered by the index, a miss without a search");
        assertTrue(IndexedClassLoader.plain("org/glassfish/Foo$Bar.class"));
        assertTrue(IndexedClassLoader.plain("META-INF/services/a.b-c_d"));
    }

    @Test
    void anIndexMadeForOtherUrlsIsNotUsed(@TempDir Path dir) throws IOException {
        Path otherIndex = Files.copy(runtime.indexCache(), dir.resolve("index"));
        List<URL> fewer = runtime.urls().subList(0, 60);
        try (URLClassLoader plainFew = new URLClassLoader(fewer.toArray(URL[]::new), null);
             IndexedClassLoader loader = new IndexedClassLoader(fewer, null, otherIndex)) {
            for (String name : List.of("META-INF/MANIFEST.MF", "META-INF/hk2-locator/default",
                    "org/glassfish/hk2/api/ServiceLocator.class", "org/glassfish/security/services/impl/authorization/AuthorizationServiceImpl.class")) {
                assertEquals(all(plainFew, name), all(loader, name), name);
            }
        }
    }

    @Test
    void holdsEachUrlOnceAsPayarasLoaderDoes() {
        List<URL> expected = new ArrayList<>();
        runtime.urls().stream().filter(url -> !expected.contains(url)).forEach(expected::add);
        assertTrue(expected.size() < runtime.urls().size(), "the runtime directory is named twice");
        assertEquals(expected, List.of(indexed.getURLs()));
        assertEquals(expected, List.of(cached.getURLs()));
    }

    @Test
    void directoryOfAnEntry() {
        assertEquals("a/b", ClassPathSource.directoryOf("a/b/C.class"));
        assertEquals("a/b", ClassPathSource.directoryOf("a/b/c/"));
        assertEquals("", ClassPathSource.directoryOf("top.txt"));
        assertEquals("", ClassPathSource.directoryOf("META-INF/"));
        assertEquals("META-INF", ClassPathSource.directoryOf("META-INF/MANIFEST.MF"));
    }

    @Test
    void jarsAddedLaterJoinTheIndex(@TempDir Path dir) throws Exception {
        Path extra = dir.resolve("extra.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(extra))) {
            out.putNextEntry(new JarEntry("gongkai/extra/hello.txt"));
            out.write("hello".getBytes());
            out.putNextEntry(new JarEntry("META-INF/MANIFEST.MF"));
            out.write("Manifest-Version: 1.0\n".getBytes());
        }
        try (IndexedClassLoader loader = new IndexedClassLoader(runtime.urls(), null)) {
            int before = all(loader, "META-INF/MANIFEST.MF").size();
            assertEquals(null, loader.findResource("gongkai/extra/hello.txt"));
            loader.addURL(extra.toUri().toURL());
            assertEquals("jar:" + extra.toUri().toURL() + "!/gongkai/extra/hello.txt",
                    String.valueOf(loader.findResource("gongkai/extra/hello.txt")));
            List<String> manifests = all(loader, "META-INF/MANIFEST.MF");
            assertEquals(before + 1, manifests.size());
            assertTrue(manifests.get(manifests.size() - 1).contains("extra.jar"), "the added jar comes last");
        }
    }

    /** Every 7th entry of each runtime jar, each followed by a name that exists in no jar. */
    private static List<String> sampleNames() throws IOException {
        List<String> names = new ArrayList<>();
        for (URL url : runtime.urls()) {
            if (url.getFile().endsWith("/")) {
                continue;
            }
            try (JarFile jar = new JarFile(url.getFile())) {
                List<JarEntry> entries = Collections.list(jar.entries());
                for (int i = 0; i < entries.size(); i += 7) {
                    String name = entries.get(i).getName();
                    names.add(name);
                    names.add(name + "-missing");
                }
            }
        }
        return names;
    }

    private static List<String> all(ClassLoader loader, String name) throws IOException {
        return Collections.list(loader instanceof URLClassLoader u ? u.findResources(name) : loader.getResources(name))
                .stream().map(URL::toString).toList();
    }

    /** Where the class came from and its package's version, or the error's class. */
    private static String load(ClassLoader loader, String name) {
        try {
            Class<?> type = Class.forName(name, false, loader);
            assertNotNull(type);
            return type.getProtectionDomain().getCodeSource().getLocation() + " "
                    + Objects.toString(type.getPackage() == null ? null : type.getPackage().getImplementationVersion());
        } catch (ClassNotFoundException | LinkageError e) {
            return e.getClass().getSimpleName();
        }
    }
}
