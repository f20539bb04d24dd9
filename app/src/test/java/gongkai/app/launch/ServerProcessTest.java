package gongkai.app.launch;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The server JVM's command line, and when the server stays in the launcher's JVM. */
class ServerProcessTest {

    @Test
    void the_server_gets_the_launchers_options_the_archives_its_mark_the_jar_and_the_arguments() {
        List<String> command = ServerProcess.command(Path.of("/jdk/bin/java"), List.of("-Xmx768m", "-Dgongkai.port=9"),
                List.of("-XX:SharedArchiveFile=/d/class-data/a.jsa", ClassDataArchive.QUIET),
                Path.of("/app/gongkai-launcher.jar"), new String[] {"--verbose"});
        assertThat(command).containsExactly("/jdk/bin/java", "-Xmx768m", "-Dgongkai.port=9",
                "-XX:SharedArchiveFile=/d/class-data/a.jsa", ClassDataArchive.QUIET, "-Dgongkai.process=server",
                "-jar", "/app/gongkai-launcher.jar", "--verbose");
    }

    @Test
    void options_that_debug_record_flights_or_decide_about_class_data_sharing_keep_one_process() {
        assertThat(ServerProcess.splittable(List.of())).isTrue();
        assertThat(ServerProcess.splittable(List.of("-Xmx2g", "-XX:+UseG1GC", "-Xlog:gc",
                "-Dgongkai.data.dir=/srv"))).isTrue();
        for (String option : List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-Xshare:off",
                "-XX:SharedArchiveFile=/tmp/my.jsa", "-XX:ArchiveClassesAtExit=/tmp/my.jsa",
                "-XX:+RecordDynamicDumpInfo", "-XX:StartFlightRecording=filename=a.jfr",
                "-XX:FlightRecorderOptions=stackdepth=128", "-XX:+FlightRecorder")) {
            assertThat(ServerProcess.splittable(List.of("-Xmx2g", option))).as(option).isFalse();
        }
    }

    @Test
    void the_server_jvm_is_the_one_marked_on_its_command_line() {
        assertThat(ServerProcess.isServer()).as("this test JVM").isFalse();
        System.setProperty(ServerProcess.ROLE, ServerProcess.SERVER);
        try {
            assertThat(ServerProcess.isServer()).isTrue();
        } finally {
            System.clearProperty(ServerProcess.ROLE);
        }
    }
}
