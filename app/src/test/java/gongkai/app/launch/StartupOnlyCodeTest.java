package gongkai.app.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupOnlyCodeTest {

    @TempDir
    Path dataDirectory;

    @Test
    void hotspot_reads_every_pattern_of_the_directives() throws Exception {
        Path directives = StartupOnlyCode.copyDirectives(dataDirectory);
        try {
            assertEquals(StartupOnlyCode.ADDED, StartupOnlyCode.add(directives).strip());
        } finally {
            StartupOnlyCode.removeLast();
        }
    }

    @Test
    void a_pattern_hotspot_cannot_read_shows_in_the_output() throws Exception {
        // What a typo in startup-only-code.json looks like: HotSpot takes the patterns before it, reports the rest.
        Path directives = dataDirectory.resolve("bad.json");
        Files.writeString(directives, "[{ match: [\"org/objectweb/asm/*.*\", \"org/jboss/weld/*Deployer*.*\"],"
                + " c2: { Exclude: true } }]");
        try {
            String output = StartupOnlyCode.add(directives);
            assertTrue(output.contains("Embedded * not allowed"), output);
        } finally {
            StartupOnlyCode.removeLast();
        }
    }
}
