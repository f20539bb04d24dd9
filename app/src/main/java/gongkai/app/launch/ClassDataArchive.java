package gongkai.app.launch;

import org.apache.commons.io.file.PathUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The server's class-data-sharing archive (docs/decisions/020-class-data-archive.md): the classes a start loaded
 * (the JDK's, Payara's, the application's), already parsed and verified, which the next start of the same build maps
 * instead of reading and parsing them again. HotSpot makes it from a running server ({@code VM.cds dynamic_dump},
 * Java 17) when the server was started with {@code -XX:+RecordDynamicDumpInfo}; a server started with
 * {@code -XX:SharedArchiveFile} uses it.
 *
 * <p>One archive per build and JVM, in {@code <data dir>/class-data/}, named by a CRC-32 of what it depends on: the
 * JVM, its options, and the names, sizes and modification times of the launcher's jars and of the application's
 * files. A new build or JVM gets a new archive at its first start; the old one is removed then. HotSpot checks the
 * archive again when it maps it (the class path's jars; for the classes of Payara's and the application's own class
 * loaders, each class file's size and CRC), and a class that does not match is loaded as without the archive.
 */
final class ClassDataArchive {

    /** Set on a server that should write the archive once it is ready: the file to write. */
    static final String DUMP_PROPERTY = "gongkai.class-data.dump";
    static final String DIRECTORY = "class-data";

    /**
     * HotSpot reports each class it cannot archive (not linked, generated, too old a class file version) as a
     * warning on standard output; none of them is a fault of the server.
     */
    static final String QUIET = "-Xlog:cds=off,cds+dynamic=off";

    private final Path file;

    private ClassDataArchive(Path file) {
        this.file = file;
    }

    /**
     * The archive of this build: the launcher's jar and the jars beside it in {@code lib/}, the application
     * ({@code war}, a directory or a file), this JVM and the JVM options the server gets.
     */
    static ClassDataArchive of(Path dataDirectory, Path launcherJar, Path war, List<String> jvmOptions)
            throws IOException {
        CRC32 crc = new CRC32();
        update(crc, System.getProperty("java.home"));
        update(crc, System.getProperty("java.vm.version"));
        jvmOptions.forEach(option -> update(crc, option));
        describe(crc, launcherJar);
        Path lib = launcherJar.resolveSibling("lib");
        if (Files.isDirectory(lib)) {
            describe(crc, lib);
        }
        describe(crc, war);
        String name = String.format("gongkai-%08x.jsa", crc.getValue());
        return new ClassDataArchive(dataDirectory.resolve(DIRECTORY).resolve(name));
    }

    Path file() {
        return file;
    }

    /**
     * The server's JVM options for it: map the archive when it exists; otherwise record what a dump needs and tell
     * the server where to write it. Nothing when an earlier dump of this build failed (it would fail again).
     */
    List<String> jvmOptions() {
        if (Files.isRegularFile(file)) {
            return List.of("-XX:SharedArchiveFile=" + file, QUIET);
        }
        if (Files.exists(failedMarker(file))) {
            return List.of();
        }
        return List.of("-XX:+RecordDynamicDumpInfo", "-D" + DUMP_PROPERTY + "=" + file, QUIET);
    }

    /**
     * In the server, once it is ready: writes the archive when the launcher asked for it ({@link #DUMP_PROPERTY}),
     * under a temporary name first, and removes the archives of other builds. HotSpot stops the server's threads
     * while it writes (seconds, once per build). A failure is logged and remembered, and the server goes on.
     */
    static void writeIfAsked() {
        String target = System.getProperty(DUMP_PROPERTY);
        if (target == null || target.isBlank()) {
            return;
        }
        Path file = Path.of(target);
        Path part = file.resolveSibling(file.getFileName() + ".part");
        long started = System.nanoTime();
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(part);
            String output = HotSpotCommands.invoke("vmCds", "dynamic_dump", part.toString());
            if (!Files.isRegularFile(part) || Files.size(part) == 0) {
                throw new IOException("HotSpot wrote no archive: " + output.strip());
            }
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
            removeOthers(file);
            Launcher.log(String.format("class-data archive for faster starts written in %.1f s: %s (%d MiB)",
                    (System.nanoTime() - started) / 1e9, file, Files.size(file) >> 20));
        } catch (Exception | LinkageError e) {
            Launcher.log("no class-data archive (" + e + "); starts of this build go without one");
            try {
                Files.deleteIfExists(part);
                Files.writeString(failedMarker(file), e + "\n");
            } catch (IOException ignored) {
                // the next start tries again
            }
        }
    }

    private static Path failedMarker(Path file) {
        return file.resolveSibling(file.getFileName() + ".failed");
    }

    private static void removeOthers(Path keep) throws IOException {
        try (Stream<Path> files = Files.list(keep.getParent())) {
            for (Path other : files.filter(f -> !f.equals(keep)).toList()) {
                PathUtils.delete(other);
            }
        }
    }

    /** Names, sizes and modification times of the file or of every file under the directory, in a stable order. */
    private static void describe(CRC32 crc, Path path) throws IOException {
        List<String> entries = new ArrayList<>();
        Files.walkFileTree(path, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(Path f, BasicFileAttributes attributes) {
                entries.add(path.relativize(f) + "|" + attributes.size() + "|"
                        + attributes.lastModifiedTime().toMillis());
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        entries.sort(null);
        update(crc, path.toString());
        entries.forEach(entry -> update(crc, entry));
    }

    private static void update(CRC32 crc, String value) {
        crc.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
        crc.update(0);
    }
}
