package gongkai.app.launch;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Payara Micro's runtime as {@link PayaraBoot} unpacks it: once, where and in the order Payara's own boot has it. */
class PayaraBootTest {

    @TempDir
    static Path data;

    static PayaraBoot.Prepared runtime;

    @BeforeAll
    static void prepare() throws Exception {
        runtime = PayaraBoot.prepare(data.resolve("payara"), PayaraBoot.payaraJar());
    }

    @Test
    void unpacksOnceAndInPayarasOrder() throws Exception {
        PayaraBoot.Prepared again = PayaraBoot.prepare(data.resolve("payara"), PayaraBoot.payaraJar());
        assertEquals(runtime.urls(), again.urls());
        assertEquals(runtime.indexCache(), again.indexCache());
        assertEquals("fish.payara.micro.impl.PayaraMicroImpl", runtime.startClass());
        // Payara's ExplodedURLClassloader: one URL per entry under MICRO-INF/lib/ and MICRO-INF/runtime/, in the
        // jar's order, the directory entries being the runtime directory itself.
        List<String> expected = new ArrayList<>();
        Path dir = Path.of(runtime.urls().get(0).toURI());
        try (JarFile jar = new JarFile(PayaraBoot.payaraJar())) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                String name = PayaraBoot.runtimeName(entry);
                if (name != null) {
                    expected.add(new File(dir.toFile(), name).getAbsoluteFile().toURI().toURL().toString());
                }
            }
        }
        assertEquals(expected, runtime.urls().stream().map(URL::toString).toList());
        assertTrue(Files.isDirectory(dir));
        assertEquals(dir, data.resolve("payara").resolve("runtime"), "where Payara's own loader unpacks them");
        try (var left = Files.list(data.resolve("payara"))) {
            assertEquals(List.of("lib", "runtime"), left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void anUnpackingCutShortIsDoneAgain(@TempDir Path dir) throws Exception {
        PayaraBoot.Prepared first = PayaraBoot.prepare(dir, PayaraBoot.payaraJar());
        Path runtimeDir = Path.of(first.urls().get(0).toURI());
        Path someJar = Path.of(first.urls().get(first.urls().size() - 1).toURI());
        Path marker;
        try (var files = Files.list(runtimeDir)) {
            marker = files.filter(p -> p.getFileName().toString().startsWith(PayaraBoot.UNPACKED)).findFirst().orElseThrow();
        }
        long unpackedAt = Files.getLastModifiedTime(someJar).toMillis();
        Thread.sleep(20);
        PayaraBoot.prepare(dir, PayaraBoot.payaraJar());
        assertEquals(unpackedAt, Files.getLastModifiedTime(someJar).toMillis(), "not unpacked again");
        Files.delete(marker);
        Files.delete(someJar);
        PayaraBoot.Prepared second = PayaraBoot.prepare(dir, PayaraBoot.payaraJar());
        assertEquals(first.urls(), second.urls());
        assertTrue(Files.isRegularFile(someJar), "unpacked again");
        assertTrue(Files.exists(marker));
    }


    @Test
    void aJarWithoutPayarasLayoutIsRefusedSoPayaraBootsItself(@TempDir Path dir) throws Exception {
        Path noStartClass = jar(dir.resolve("a.jar"), "Manifest-Version: 1.0\n", "MICRO-INF/runtime/x.jar");
        Path noRuntime = jar(dir.resolve("b.jar"), "Manifest-Version: 1.0\nStart-Class: x.Main\n", "x/Main.class");
        for (Path jar : List.of(noStartClass, noRuntime)) {
            IOException refused = assertThrows(IOException.class, () -> PayaraBoot.prepare(dir.resolve("root"), jar.toFile()));
            assertTrue(refused.getMessage().contains(jar.toString()), refused.getMessage());
        }
        assertFalse(Files.exists(dir.resolve("root/runtime")), "nothing unpacked");
    }

    private static Path jar(Path file, String manifest, String entry) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(file),
                new Manifest(new ByteArrayInputStream(manifest.getBytes(StandardCharsets.UTF_8))))) {
            out.putNextEntry(new JarEntry(entry));
            out.write(1);
        }
        return file;
    }
}
