package gongkai.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;

import org.junit.jupiter.api.Test;

/**
 * persistence.xml lists its classes (EclipseLink then reads only those at deployment, not the whole jar): a new
 * entity, mapped superclass or converter must be listed there too.
 */
class PersistenceUnitClassesTest {

    private static final List<Class<? extends Annotation>> MAPPED =
            List.of(Entity.class, MappedSuperclass.class, Embeddable.class, Converter.class);

    @Test
    void persistence_xml_lists_every_mapped_class_of_the_module() throws Exception {
        assertEquals(mappedClasses(), listedClasses());
    }

    private static Set<String> listedClasses() throws IOException {
        String xml;
        try (InputStream in = Tenant.class.getClassLoader().getResourceAsStream("META-INF/persistence.xml")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> listed = new TreeSet<>();
        Matcher m = Pattern.compile("<class>\\s*([\\w.$]+)\\s*</class>").matcher(xml);
        while (m.find()) {
            listed.add(m.group(1));
        }
        return listed;
    }

    private static Set<String> mappedClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(Tenant.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> mapped = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, Tenant.class.getClassLoader());
                if (MAPPED.stream().anyMatch(type::isAnnotationPresent)) {
                    mapped.add(name);
                }
            }
        }
        return mapped;
    }
}
