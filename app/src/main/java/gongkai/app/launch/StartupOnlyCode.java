package gongkai.app.launch;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javax.management.DynamicMBean;

import com.sun.management.HotSpotDiagnosticMXBean;

/**
 * Keeps HotSpot's optimising compiler (C2) off the code that runs only while the server starts: class scanning,
 * class-loader searches, Weld's bean discovery, proxy generation, descriptor parsing (the patterns and the reasons
 * are in {@code startup-only-code.json}; docs/decisions/017-startup-only-code.md). That code is compiled by C1
 * alone, and the single C2 thread of a two-core machine compiles the code that keeps running instead.
 *
 * <p>The directives are added through the JVM's own diagnostic command ({@code jcmd Compiler.directives_add}),
 * so the README's plain {@code java -jar} keeps working without JVM options. {@code GONGKAI_STARTUP_JIT=default}
 * leaves the JIT as it is ({@link LaunchSettings#startupJitDirectives}).
 */
final class StartupOnlyCode {

    static final String DIRECTIVES = "startup-only-code.json";
    static final String ADDED = "1 compiler directives added";

    private StartupOnlyCode() {
    }

    /** Adds the directives; a JVM without the diagnostic command (not HotSpot) just starts as it is. */
    static void compileWithC1Only(Path dataDirectory) {
        try {
            String output = add(copyDirectives(dataDirectory));
            if (!output.strip().equals(ADDED)) {
                Launcher.log("start-up JIT directives not taken as they are (" + output.strip() + ")");
            }
        } catch (Exception | LinkageError e) {
            Launcher.log("start-up JIT directives not available (" + e + "); starting with the default JIT");
        }
    }

    /**
     * {@code Compiler.directives_add} of a directives file: the command's output, {@value #ADDED} when the whole
     * file was read. HotSpot reports a bad pattern in the output and still adds the patterns before it.
     */
    static String add(Path directives) throws Exception {
        Object output = diagnosticCommands().invoke("compilerDirectivesAdd",
                new Object[] {new String[] {directives.toString()}}, new String[] {String[].class.getName()});
        return String.valueOf(output);
    }

    /** {@code Compiler.directives_remove}: drops the directive added last. */
    static void removeLast() throws Exception {
        diagnosticCommands().invoke("compilerDirectivesRemove", new Object[] {new String[0]},
                new String[] {String[].class.getName()});
    }

    static Path copyDirectives(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolve(DIRECTIVES);
        try (InputStream in = StartupOnlyCode.class.getResourceAsStream(DIRECTIVES)) {
            if (in == null) {
                throw new IOException(DIRECTIVES + " is missing from the launcher");
            }
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    /**
     * HotSpot's DiagnosticCommand MBean, taken directly rather than through the platform MBean server: creating that
     * server this early would keep Payara from installing its own MBean server builder later. The launcher's manifest
     * opens {@code jdk.management/com.sun.management.internal} (Add-Opens) for this.
     */
    private static DynamicMBean diagnosticCommands() throws ReflectiveOperationException {
        // Loads the jdk.management module's native library (its platform MXBean provider does), still without an
        // MBean server.
        ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        Method factory = Class.forName("com.sun.management.internal.DiagnosticCommandImpl")
                .getDeclaredMethod("getDiagnosticCommandMBean");
        factory.setAccessible(true);
        return (DynamicMBean) factory.invoke(null);
    }
}
