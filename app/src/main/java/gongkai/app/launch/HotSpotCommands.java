package gongkai.app.launch;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;

import javax.management.DynamicMBean;

import com.sun.management.HotSpotDiagnosticMXBean;

/**
 * HotSpot's diagnostic commands (what {@code jcmd} sends) called from inside the process: {@code compilerDirectivesAdd}
 * for {@code Compiler.directives_add}, {@code vmCds} for {@code VM.cds}. A JVM without them (not HotSpot) throws.
 */
final class HotSpotCommands {

    private HotSpotCommands() {
    }

    /** Runs one command with its arguments and answers its output. */
    static String invoke(String operation, String... arguments) throws Exception {
        Object output = diagnosticCommands().invoke(operation, new Object[] {arguments},
                new String[] {String[].class.getName()});
        return String.valueOf(output);
    }

    /**
     * HotSpot's DiagnosticCommand MBean, taken directly rather than through the platform MBean server: creating that
     * server before Payara boots would keep Payara from installing its own MBean server builder later. The launcher's
     * manifest opens {@code jdk.management/com.sun.management.internal} (Add-Opens) for this.
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
