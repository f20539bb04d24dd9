package gongkai.app.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which archive a build gets, and what the server JVM is told about it. */
class ClassDataArchiveTest {

    @TempDir
    Path dir;

    @Test
    void one_archive_per_build_jvm_options_and_application() throws Exception {
        Path data = dir.resolve("data");
        Path jar = build(dir.resolve("target"));
        Path war = jar.resolveSibling("gongkai");
        ClassDataArchive archive = ClassDataArchive.of(data, jar, war, List.of("-Xmx768m"));
        assertThat(archive.file().getParent()).isEqualTo(data.resolve("class-data"));
        assertThat(archive.file().getFileName().toString()).matches("gongkai-[0-9a-f]{8}\\.jsa");
        assertThat(ClassDataArchive.of(data, jar, war, List.of("-Xmx768m")).file())
                .as("the same build").isEqualTo(archive.file());

        assertThat(ClassDataArchive.of(data, jar, war, List.of("-Xmx2g")).file())
                .as("other JVM options").isNotEqualTo(archive.file());
        Path library = jar.resolveSibling("lib").resolve("payara-micro.jar");
        Files.setLastModifiedTime(library, FileTime.from(Instant.parse("2026-01-02T00:00:00Z")));
        Path afterLibrary = ClassDataArchive.of(data, jar, war, List.of("-Xmx768m")).file();
        assertThat(afterLibrary).as("a library rebuilt").isNotEqualTo(archive.file());
        Files.writeString(war.resolve("WEB-INF/classes/gongkai/App.class"), "changed, longer class");
        assertThat(ClassDataArchive.of(data, jar, war, List.of("-Xmx768m")).file())
                .as("the application rebuilt").isNotEqualTo(afterLibrary).isNotEqualTo(archive.file());
    }

    @Test
    void the_server_records_and_writes_it_until_it_exists_then_maps_it() throws Exception {
        Path jar = build(dir.resolve("target"));
        ClassDataArchive archive = ClassDataArchive.of(dir.resolve("data"), jar, jar.resolveSibling("gongkai"),
                List.of());
        assertThat(archive.jvmOptions()).containsExactly("-XX:+RecordDynamicDumpInfo",
                "-Dgongkai.class-data.dump=" + archive.file(), ClassDataArchive.QUIET);

        Files.createDirectories(archive.file().getParent());
        Files.writeString(archive.file().resolveSibling(archive.file().getFileName() + ".failed"), "no base archive");
        assertThat(archive.jvmOptions()).as("a build whose dump failed does not try again").isEmpty();

        Files.writeString(archive.file(), "archive");
        assertThat(archive.jvmOptions()).containsExactly("-XX:SharedArchiveFile=" + archive.file(),
                ClassDataArchive.QUIET);
    }

    @Test
    void a_server_not_asked_writes_nothing() {
        System.clearProperty(ClassDataArchive.DUMP_PROPERTY);
        ClassDataArchive.writeIfAsked();
        assertThat(dir).isEmptyDirectory();
    }

    /** target/ as Maven leaves it: the launcher's jar, lib/, the exploded application. */
    private static Path build(Path target) throws Exception {
        Files.createDirectories(target.resolve("lib"));
        Files.createDirectories(target.resolve("gongkai/WEB-INF/classes/gongkai"));
        Files.writeString(target.resolve("gongkai-launcher.jar"), "launcher");
        Files.writeString(target.resolve("lib/payara-micro.jar"), "payara");
        Files.writeString(target.resolve("gongkai/WEB-INF/classes/gongkai/App.class"), "class");
        return target.resolve("gongkai-launcher.jar");
    }
}
