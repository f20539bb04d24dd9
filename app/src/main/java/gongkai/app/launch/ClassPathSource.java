package gongkai.app.launch;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringTokenizer;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * One entry of a class path as {@link IndexedClassLoader} indexes it: a jar, a directory, or a URL it leaves to the
 * JDK's own search. Each knows the directories it holds entries in and answers for one name.
 */
abstract sealed class ClassPathSource permits ClassPathSource.Jar, ClassPathSource.Directory, ClassPathSource.Unindexed {

    static final String VERSIONS = "META-INF/versions/";
    static final String JAR_INDEX = "META-INF/INDEX.LIST";

    final URL url;

    ClassPathSource(URL url) {
        this.url = url;
    }

    /** The directory an entry name is in: "a/b" for "a/b/C.class" and for "a/b/c/", "" for a top-level name. */
    static String directoryOf(String name) {
        int end = name.endsWith("/") ? name.length() - 1 : name.length();
        int slash = name.lastIndexOf('/', end - 1);
        return slash < 0 ? "" : name.substring(0, slash);
    }

    /** The source of a URL; null for one the JDK's class path would skip (a file that is not a readable jar). */
    static ClassPathSource of(URL url) throws IOException, URISyntaxException {
        if (!"file".equals(url.getProtocol())) {
            return new Unindexed(url);
        }
        Path path = Path.of(url.toURI());
        if (url.getFile().endsWith("/")) {
            return Files.isDirectory(path) ? new Directory(url, path) : new Unindexed(url);
        }
        if (!Files.isRegularFile(path)) {
            return null;
        }
        try {
            return new Jar(url, path.toFile());
        } catch (IOException notAZip) {
            return null;
        }
    }

    /** The directories ({@link #directoryOf}) this source holds entries in. */
    abstract Collection<String> directories();

    /** The URL of the named entry, as the URLClassLoader gives it, or null. */
    abstract URL resource(String name);

    /** Whether it holds the named entry. */
    abstract boolean has(String name);

    void close() throws IOException {
    }

    /** A jar (any zip file: Payara's runtime also holds .rar files), opened as the JDK's class path opens it. */
    static final class Jar extends ClassPathSource {
        private final File path;
        private volatile JarFile file;
        private final URL base;
        private final Set<String> directories = new LinkedHashSet<>();
        private volatile Manifest manifest;
        private volatile boolean manifestRead;

        /** A jar read now, for its directories. */
        Jar(URL url, File path) throws IOException {
            this(url, path, true);
        }

        /** A jar known from the cache: opened when a lookup first needs it. */
        Jar(URL url, File path, boolean scan) throws IOException {
            super(url);
            this.path = path;
            this.base = new URL("jar", "", -1, url + "!/");
            if (!scan) {
                return;
            }
            try (Stream<JarEntry> entries = file().stream()) {
                entries.forEach(entry -> {
                    String name = entry.getName();
                    directories.add(directoryOf(name));
                    if (name.startsWith(VERSIONS)) {
                        // META-INF/versions/11/a/B.class answers for a/B.class in a multi-release jar
                        int slash = name.indexOf('/', VERSIONS.length());
                        if (slash > 0 && slash + 1 < name.length()) {
                            directories.add(directoryOf(name.substring(slash + 1)));
                        }
                    }
                });
            }
        }

        /** Whether a lookup opened it already (one read from the cache is opened when first needed). */
        boolean isOpen() {
            return file != null;
        }

        /** The jar, opened as the JDK's class path opens it (verifying signatures, multi-release aware). */
        JarFile file() {
            JarFile open = file;
            if (open == null) {
                synchronized (this) {
                    open = file;
                    if (open == null) {
                        try {
                            open = new JarFile(path, true, ZipFile.OPEN_READ, JarFile.runtimeVersion());
                        } catch (IOException e) {
                            throw new UncheckedIOException("cannot open " + path + " any more", e);
                        }
                        file = open;
                    }
                }
            }
            return open;
        }

        /** The manifest's Class-Path, resolved as the JDK does against a file URL; none for a jar with a JarIndex. */
        List<URL> classPath() throws IOException {
            if (file().getEntry(JAR_INDEX) != null) {
                return List.of();
            }
            Manifest manifest = manifest();
            String value = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (value == null) {
                return List.of();
            }
            List<URL> urls = new ArrayList<>();
            StringTokenizer tokens = new StringTokenizer(value);
            while (tokens.hasMoreTokens()) {
                String path = tokens.nextToken();
                URL resolved = new URL(url, path);
                if (path.indexOf(':') < 0 || "file".equalsIgnoreCase(resolved.getProtocol())) {
                    urls.add(resolved);
                }
            }
            return urls;
        }

        /** The jars this jar's JarIndex names (the JDK's class path then never opens them from the class path). */
        List<URL> indexedJars() throws IOException {
            JarEntry entry = file().getJarEntry(JAR_INDEX);
            if (entry == null) {
                return List.of();
            }
            List<URL> jars = new ArrayList<>();
            try (var reader = new BufferedReader(new InputStreamReader(file().getInputStream(entry),
                    StandardCharsets.UTF_8))) {
                // "JarIndex-Version: 1.0", a blank line, then sections: a jar's name, its directories, a blank line
                String line = reader.readLine();
                boolean expectJar = false;
                while ((line = reader.readLine()) != null) {
                    if (line.isBlank()) {
                        expectJar = true;
                    } else if (expectJar) {
                        jars.add(new URL(url, line.strip()));
                        expectJar = false;
                    }
                }
            }
            return jars;
        }

        Manifest manifest() {
            if (!manifestRead) {
                try {
                    manifest = file().getManifest();
                } catch (IOException e) {
                    manifest = null; // as URLClassLoader: a class without its package's manifest attributes
                }
                manifestRead = true;
            }
            return manifest;
        }

        @Override
        Collection<String> directories() {
            return directories;
        }

        @Override
        URL resource(String name) {
            JarEntry entry = file().getJarEntry(name);
            if (entry == null) {
                return null;
            }
            try {
                return new URL(base, file().isMultiRelease() ? entry.getRealName() : name);
            } catch (MalformedURLException e) {
                return null;
            }
        }

        @Override
        boolean has(String name) {
            return file().getJarEntry(name) != null;
        }

        @Override
        void close() throws IOException {
            if (file != null) {
                file.close();
            }
        }
    }

    /** A directory on the class path (Payara's runtime directory itself is one): what it held when indexed. */
    static final class Directory extends ClassPathSource {
        final Set<String> paths = new LinkedHashSet<>();
        private final Set<String> directories = new LinkedHashSet<>();

        /** As the cache recorded it. */
        Directory(URL url, Collection<String> paths) {
            super(url);
            this.paths.addAll(paths);
        }

        Directory(URL url, Path root) throws IOException {
            super(url);
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> !p.equals(root)).forEach(p -> {
                    String relative = root.relativize(p).toString().replace(File.separatorChar, '/');
                    paths.add(relative);
                    directories.add(directoryOf(relative));
                });
            }
        }

        @Override
        Collection<String> directories() {
            return directories;
        }

        @Override
        boolean has(String name) {
            return paths.contains(name.endsWith("/") ? name.substring(0, name.length() - 1) : name);
        }

        @Override
        URL resource(String name) {
            if (!has(name)) {
                return null;
            }
            try {
                return new URL(url, name);
            } catch (MalformedURLException e) {
                return null;
            }
        }
    }

    /** A URL this loader does not index: while one is on the class path, every lookup takes the plain search. */
    static final class Unindexed extends ClassPathSource {
        Unindexed(URL url) {
            super(url);
        }

        @Override
        Collection<String> directories() {
            return List.of();
        }

        @Override
        URL resource(String name) {
            return null;
        }

        @Override
        boolean has(String name) {
            return false;
        }
    }
}
