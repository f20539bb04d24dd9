package gongkai.app.launch;

import org.apache.commons.io.file.PathUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The server's class-data-sharing archive (docs/decisions/020-class-data-archive.md): the classes a run loaded (the
 * JDK's, Payara's, the application's), already parsed and verified, which the next start of the same build maps
 * instead of reading and parsing them again. HotSpot writes it when a server started with
 * {@code -XX:ArchiveClassesAtExit} stops in order (Java 17's dynamic archive); a server started with
 * {@code -XX:SharedArchiveFile} maps it.
 *
 * <p>One archive per build and JVM, in {@code <data dir>/class-data/}, named by a CRC-32 of what it depends on: the
 * JVM, its options, and the names, sizes and modification times of the launcher's jars and of the application's
 * files. A new build or JVM gets a new archive when its first server stops; the old one is removed then. HotSpot
 * checks the archive again when it maps it (the class path's jars; for the classes of Payara's and the application's
 * own class loaders, each class file's size and CRC), and a class that does not match loads as without the archive.
 */
final class ClassDataArchive {

    static final String DIRECTORY = "class-data";

    /**
     * HotSpot reports each class it cannot archive (not linked, generated, too old a class file version) as a
     * warning on standard output; none of them is a fault of the server.
     */
    static final String QUIET = "-Xlog:cds=off,cds+dynamic=off";

    private final Path file;
    private final Path built;

    private ClassDataArchive(Path file, Path built) {
        this.file = file;
        this.built = built;
    }

    /**
     * The archive of this build: the launcher's jar and the jars beside it in {@code lib/}, the application
     * ({@code war}, a directory or a file), this JVM and the JVM options the server gets. A run records it in the data
     * directory; the build's training run ({@code GONGKAI_CLASS_DATA_TRAINING}, decision 022) records it beside the
     * launcher's jar, where every data directory's first start finds it.
     */
    static ClassDataArchive of(Path dataDirectory, Path launcherJar, Path war, List<String> jvmOptions,
                               boolean training) throws IOException {
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
        Path built = launcherJar.resolveSibling(DIRECTORY).resolve(name);
        return new ClassDataArchive(training ? built : dataDirectory.resolve(DIRECTORY).resolve(name), built);
    }

    /** Where this run maps or records the archive. */
    Path file() {
        return file;
    }

    /** The archive the build's training run left beside the launcher's jar (decision 022), if it did. */
    Path built() {
        return built;
    }

    /**
     * The server's JVM options for it: map the archive when it exists, in the data directory or else from the build;
     * otherwise have HotSpot write it when the server stops (under a temporary name, which {@link #keep} renames).
     * Nothing when a server of this build stopped in order without writing it (it would not the next time either).
     */
    List<String> jvmOptions() throws IOException {
        if (Files.isRegularFile(file)) {
            return List.of("-XX:SharedArchiveFile=" + file, QUIET);
        }
        if (Files.isRegularFile(built)) {
            return List.of("-XX:SharedArchiveFile=" + built, QUIET);
        }
        if (Files.exists(failedMarker())) {
            return List.of();
        }
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(part());
        return List.of("-XX:ArchiveClassesAtExit=" + part(), QUIET);
    }

    /**
     * In the launcher, once the server has ended: keeps what HotSpot wrote at the server's exit when the server stopped
     * in order (exit code 0, or 129, 130, 143 after SIGHUP, SIGINT, SIGTERM) and removes the archives of other builds;
     * drops it otherwise (a server killed while writing leaves part of a file, a server that failed to start an archive
     * of its failure).
     */
    synchronized void keep(int serverExitCode) {
        Path part = part();
        try {
            boolean orderly = List.of(0, 129, 130, 143).contains(serverExitCode);
            if (!Files.exists(part)) {
                if (orderly && !Files.exists(file)) {
                    Files.writeString(failedMarker(), "the server stopped in order (exit code " + serverExitCode
                            + ") and wrote no archive\n");
                }
                return;
            }
            if (!orderly || Files.size(part) == 0) {
                Files.delete(part);
                return;
            }
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            removeOthers(file);
            Launcher.log(String.format("class-data archive for faster starts of this build: %s (%d MiB)", file,
                    Files.size(file) >> 20));
        } catch (IOException e) {
            Launcher.log("the class-data archive was not kept (" + e + ")");
        }
    }

    private Path part() {
        return file.resolveSibling(file.getFileName() + ".part");
    }

    private Path failedMarker() {
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
        update(crc, path.toString());
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                update(crc, path.relativize(file) + "|" + Files.size(file) + "|"
                        + Files.getLastModifiedTime(file).toMillis());
            }
        }
    }

    private static void update(CRC32 crc, String value) {
        crc.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
        crc.update(0);
    }
}
