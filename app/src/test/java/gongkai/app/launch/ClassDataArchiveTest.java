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
        ClassDataArchive archive = ClassDataArchive.of(data, jar, war, List.of("-Xmx768m"), false);
        assertThat(archive.file().getParent()).isEqualTo(data.resolve("class-data"));
        assertThat(archive.file().getFileName().toString()).matches("gongkai-[0-9a-f]{8}\\.jsa");
        assertThat(ClassDataArchive.of(data, jar, war, List.of("-Xmx768m"), false).file())
                .as("the same build").isEqualTo(archive.file());

        assertThat(ClassDataArchive.of(data, jar, war, List.of("-Xmx2g"), false).file())
                .as("other JVM options").isNotEqualTo(archive.file());
        Path library = jar.resolveSibling("lib").resolve("payara-micro.jar");
        Files.setLastModifiedTime(library, FileTime.from(Instant.parse("2026-01-02T00:00:00Z")));
        Path afterLibrary = ClassDataArchive.of(data, jar, war, List.of("-Xmx768m"), false).file();
        assertThat(afterLibrary).as("a library rebuilt").isNotEqualTo(archive.file());
        Files.writeString(war.resolve("WEB-INF/classes/gongkai/App.class"), "changed, longer class");
        assertThat(ClassDataArchive.of(data, jar, war, List.of("-Xmx768m"), false).file())
                .as("the application rebuilt").isNotEqualTo(afterLibrary).isNotEqualTo(archive.file());
    }

    @Test
    void a_server_without_it_writes_it_at_an_orderly_exit_and_the_next_maps_it() throws Exception {
        Path jar = build(dir.resolve("target"));
        Path classData = dir.resolve("data/class-data");
        Files.createDirectories(classData);
        Path older = Files.writeString(classData.resolve("gongkai-0000cafe.jsa"), "an older build's archive");
        ClassDataArchive archive = ClassDataArchive.of(dir.resolve("data"), jar, jar.resolveSibling("gongkai"),
                List.of(), false);
        Path part = archive.file().resolveSibling(archive.file().getFileName() + ".part");
        Files.writeString(part, "left by a server killed while HotSpot wrote it");
        assertThat(archive.jvmOptions()).containsExactly("-XX:ArchiveClassesAtExit=" + part, ClassDataArchive.QUIET);
        assertThat(part).as("a part left over is not taken for the new one").doesNotExist();

        Files.writeString(part, "archive, in part");
        archive.keep(137);
        assertThat(part).as("killed while writing: dropped").doesNotExist();
        assertThat(archive.file()).doesNotExist();

        Files.writeString(part, "archive");
        archive.keep(143);
        assertThat(archive.file()).hasContent("archive");
        assertThat(older).as("another build's archive goes").doesNotExist();
        assertThat(archive.jvmOptions()).containsExactly("-XX:SharedArchiveFile=" + archive.file(),
                ClassDataArchive.QUIET);
        archive.keep(143);
        assertThat(archive.file()).as("a server that mapped it writes nothing; the archive stays").hasContent("archive");
    }

    @Test
    void a_build_whose_server_stopped_in_order_without_writing_it_does_not_try_again() throws Exception {
        Path jar = build(dir.resolve("target"));
        ClassDataArchive archive = ClassDataArchive.of(dir.resolve("data"), jar, jar.resolveSibling("gongkai"),
                List.of(), false);
        assertThat(archive.jvmOptions()).hasSize(2);
        archive.keep(1);
        assertThat(archive.jvmOptions()).as("a failed start says nothing about the archive").hasSize(2);
        archive.keep(130);
        assertThat(archive.jvmOptions()).isEmpty();
    }

    @Test
    void the_builds_training_run_records_beside_the_jar_and_a_data_directory_without_one_maps_that() throws Exception {
        Path jar = build(dir.resolve("target"));
        Path war = jar.resolveSibling("gongkai");
        ClassDataArchive training = ClassDataArchive.of(dir.resolve("training"), jar, war, List.of(), true);
        assertThat(training.file()).isEqualTo(jar.resolveSibling("class-data").resolve(training.file().getFileName()))
                .isEqualTo(training.built());
        Path part = training.file().resolveSibling(training.file().getFileName() + ".part");
        assertThat(training.jvmOptions()).containsExactly("-XX:ArchiveClassesAtExit=" + part, ClassDataArchive.QUIET);
        Files.writeString(part, "the build's archive");
        training.keep(0);
        assertThat(training.built()).hasContent("the build's archive");

        ClassDataArchive run = ClassDataArchive.of(dir.resolve("data"), jar, war, List.of(), false);
        assertThat(run.built()).isEqualTo(training.built());
        assertThat(run.file()).isEqualTo(dir.resolve("data/class-data").resolve(training.file().getFileName()));
        assertThat(run.jvmOptions()).as("mapped, nothing recorded")
                .containsExactly("-XX:SharedArchiveFile=" + training.built(), ClassDataArchive.QUIET);
        assertThat(ClassDataArchive.of(dir.resolve("data"), jar, war, List.of("-Xmx1g"), false).jvmOptions().get(0))
                .as("other JVM options: another archive, recorded in the data directory")
                .startsWith("-XX:ArchiveClassesAtExit=" + dir.resolve("data/class-data"));
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
