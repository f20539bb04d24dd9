package gongkai.app.launch;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The server in a JVM of its own, started by the launcher's JVM with the options the README's plain
 * {@code java -jar} cannot give it: the class-data archive's (docs/decisions/020-class-data-archive.md). The server
 * JVM gets the launcher JVM's own options and arguments, the same jar, standard output and error; the launcher waits
 * for it and exits with its exit code.
 *
 * <p>The two stop together. A signal that stops the launcher (Ctrl-C, {@code kill}) stops the server the same way
 * and the launcher waits for it. A launcher that is gone at once ({@code kill -9}) closes the server's standard
 * input, the one thing the server reads from the launcher, and the server then stops at once too, as a single
 * process killed with {@code kill -9} would have (Elasticsearch's launcher watches its server the same way).
 */
final class ServerProcess {

    /** Marks the server JVM: {@code -Dgongkai.process=server} (also how scripts find it, e.g. with pgrep -f). */
    static final String ROLE = "gongkai.process";
    static final String SERVER = "server";

    /**
     * Options of the launcher's JVM that the server JVM must not get a second time, or that rule out an archive: a
     * debugger's, class-data sharing's own, and Flight Recorder's (HotSpot switches JFR off in a JVM that records an
     * archive, and the archive is named by the options, so a start asking for JFR would record every time).
     */
    private static final List<String> KEEPS_ONE_PROCESS = List.of("-agentlib:jdwp", "-Xshare:off", "-Xshare:dump",
            "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit", "-XX:+RecordDynamicDumpInfo",
            "-XX:StartFlightRecording", "-XX:FlightRecorderOptions", "-XX:+FlightRecorder");

    private ServerProcess() {
    }

    static boolean isServer() {
        return SERVER.equals(System.getProperty(ROLE));
    }

    /** The server JVM's command and its archive. */
    record Start(List<String> command, ClassDataArchive archive) {
    }

    /**
     * The server JVM's start, or nothing when the server should run in this JVM: when it is the server already,
     * when asked ({@code GONGKAI_CLASS_DATA_ARCHIVE=false}), when this is not HotSpot (the archive is HotSpot's), when
     * the launcher does not run from its jar, or when its options decide about class-data sharing, debugging or Flight
     * Recorder themselves.
     */
    static Optional<Start> start(LaunchSettings settings, Path war, String[] args) throws IOException {
        Optional<Path> jar = launcherJar();
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (isServer() || !settings.classDataArchive() || jar.isEmpty() || !isHotSpot() || !splittable(options)) {
            return Optional.empty();
        }
        ClassDataArchive archive = ClassDataArchive.of(settings.dataDirectory(), jar.get(), war, options,
                settings.classDataTraining());
        return Optional.of(new Start(command(Path.of(System.getProperty("java.home"), "bin", "java"), options,
                archive.jvmOptions(), jar.get(), args), archive));
    }

    /** java, the launcher's options, the archive's, the server's mark, -jar, the same jar and arguments. */
    static List<String> command(Path java, List<String> launcherOptions, List<String> archiveOptions, Path jar,
                                String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(launcherOptions);
        command.addAll(archiveOptions);
        command.add("-D" + ROLE + "=" + SERVER);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        return command;
    }

    static boolean splittable(List<String> launcherOptions) {
        return launcherOptions.stream().noneMatch(option -> KEEPS_ONE_PROCESS.stream().anyMatch(option::startsWith));
    }

    /** Starts the server JVM and waits for it (and for its archive): its exit code. */
    static int run(Start start) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(start.command())
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        // The launcher's options are on the command line already; from these variables the JVM would add them twice.
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        Process server = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop(server);
            if (!server.isAlive()) {
                start.archive().keep(server.exitValue());
            }
        }, "gongkai-stop-server"));
        int exit = server.waitFor();
        start.archive().keep(exit);
        return exit;
    }

    /**
     * The launcher is stopping: the server stops the same way, and the launcher ends after it (after the archive
     * HotSpot may write as the server exits).
     */
    private static void stop(Process server) {
        if (!server.isAlive()) {
            return;
        }
        // The handle's destroy sends the signal only; Process.destroy would also close the server's input, which the
        // server takes for a launcher that is gone (and stops at once, before the signal's orderly stop).
        server.toHandle().destroy();
        try {
            if (!server.waitFor(2, TimeUnit.MINUTES)) {
                server.destroyForcibly();
                server.waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            server.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * In the server JVM started by a launcher: stops at once when the launcher is gone (its standard input ends).
     * Runtime.halt, not exit: as when this one process was killed with {@code kill -9}; a launcher stopped by a
     * signal has passed the signal on instead and keeps the input open until the server has ended.
     */
    static void stopWithLauncher() {
        if (!isServer()) {
            return;
        }
        Thread watch = new Thread(() -> {
            try (InputStream launcher = System.in) {
                byte[] ignored = new byte[64];
                while (launcher.read(ignored) >= 0) {
                    // the launcher writes nothing
                }
            } catch (IOException gone) {
                // as at the end of the input
            }
            // Stopping already (the launcher passed a signal on): the input may end as part of that.
            if (!shuttingDown()) {
                Launcher.log("the launcher process is gone: the server stops at once");
                Runtime.getRuntime().halt(137);
            }
        }, "gongkai-launcher-watch");
        watch.setDaemon(true);
        watch.start();
    }

    /** Whether the JVM is running its shutdown hooks (it refuses new ones then). */
    private static boolean shuttingDown() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException stopping) {
            return true;
        }
    }

    /** HotSpot calls itself "OpenJDK 64-Bit Server VM" in OpenJDK's builds, "Java HotSpot(TM) ..." in Oracle's. */
    private static boolean isHotSpot() {
        String vm = System.getProperty("java.vm.name", "");
        return vm.contains("HotSpot") || vm.startsWith("OpenJDK");
    }

    private static Optional<Path> launcherJar() {
        try {
            Path location = Launcher.location();
            return location.toString().endsWith(".jar") ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
