package gongkai.app.launch;

import fish.payara.micro.boot.loader.OpenURLClassLoader;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringTokenizer;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * A {@link java.net.URLClassLoader} over many jars that knows which jars hold which directory, so that finding a class
 * or resource asks only those jars instead of every jar in turn.
 *
 * <p>Payara Micro runs on a URLClassLoader over its 320 runtime jars. The JDK's class path asks each jar in order
 * until one has the entry: every class of Payara and every resource lookup (a service file, a descriptor) costs up
 * to 320 hash lookups and opens every jar before the one that has it. That search took about a third of the main
 * thread's time to ready (docs/decisions/019). This loader reads the jars' directories once when it is made and
 * then asks only the jars that have entries in the requested entry's directory, in class-path order, so it finds
 * exactly what the plain search finds, in the same order, with the same URLs and code sources.
 *
 * <p>The index (which jars, in class-path order, hold which directories) is built from the jars' directories and,
 * given a cache file, kept there: a later start reads it and opens a jar only when a lookup first needs it. A name
 * with an empty, "." or ".." segment or a leading slash takes the URLClassLoader's own search, which still holds
 * every URL (its answer is exact by definition), and so does the rare name that is found but whose URL needs
 * escaping. Jars added later ({@link #addURL}, Payara's {@code --addlibs}) join the index.
 */
final class IndexedClassLoader extends OpenURLClassLoader {

    private static final int[] NONE = new int[0];
    private static final String VERSIONS = "META-INF/versions/";
    private static final String JAR_INDEX = "META-INF/INDEX.LIST";

    /** Class-path order, as the URLClassLoader has them (duplicates dropped, as it does). */
    private volatile List<Source> sources = List.of();
    /** Directory of an entry ({@link #directoryOf}) to the indexes in {@link #sources} that hold entries there. */
    private volatile Map<String, int[]> byDirectory = Map.of();

    /** Whether a URL on the class path is not indexed: then every lookup takes the plain search. */
    private volatile boolean unindexed;
    /** The URLs opened (without fragment), and those a JarIndex named. */
    private final Set<String> seen = new HashSet<>();

    IndexedClassLoader(List<URL> urls, ClassLoader parent) {
        super(distinct(urls), parent);
        add(urls);
    }

    /**
     * As {@link #IndexedClassLoader(List, ClassLoader)}, with the index kept in {@code cache}: read from it when it is
     * there (the jars are then opened only when a lookup needs them, as the JDK's class path opens them), else built
     * and written to it. The caller names the cache by what the index depends on (the jars' contents and the URLs).
     */
    IndexedClassLoader(List<URL> urls, ClassLoader parent, Path cache) {
        super(distinct(urls), parent);
        if (!read(urls, cache)) {
            add(urls);
            write(urls, cache);
        }
    }

    /**
     * The URLs for the URLClassLoader (the plain search), each once as its addURL would keep them, given at once:
     * adding 320 URLs one by one compares each with all before it.
     */
    private static URL[] distinct(List<URL> urls) {
        Map<String, URL> distinct = new LinkedHashMap<>();
        urls.forEach(url -> distinct.putIfAbsent(url.toExternalForm(), url));
        return distinct.values().toArray(URL[]::new);
    }

    @Override
    public void addURL(URL url) {
        if (url != null) {
            super.addURL(url);
            add(List.of(url));
        }
    }

    /**
     * Adds URLs as the JDK's class path opens them: in order, each once, a jar's manifest Class-Path right after the
     * jar (depth first), a file that is not a jar skipped, and a jar with a JarIndex (META-INF/INDEX.LIST) not
     * expanded, the jars its index names counting as seen.
     */
    private synchronized void add(List<URL> urls) {
        List<Source> next = new ArrayList<>(sources);
        Map<String, int[]> index = new HashMap<>(byDirectory);
        Deque<URL> unopened = new ArrayDeque<>(urls);
        while (!unopened.isEmpty()) {
            URL url = unopened.pollFirst();
            if (seen.contains(withoutFragment(url))) {
                continue;
            }
            Source source;
            try {
                source = Source.of(url);
            } catch (IOException | URISyntaxException | RuntimeException e) {
                source = new Unindexed(url); // the URLClassLoader's own search answers for it
            }
            if (source == null) {
                continue; // as the JDK's class path skips a URL it cannot open as a jar
            }
            seen.add(withoutFragment(url));
            if (source instanceof Jar jar) {
                try {
                    List<URL> indexed = jar.indexedJars();
                    indexed.forEach(u -> seen.add(withoutFragment(u)));
                    if (indexed.stream().anyMatch(u -> !withoutFragment(u).equals(withoutFragment(url)) && exists(u))) {
                        // the JDK's class path searches those jars through this one: its own search answers
                        source = new Unindexed(url);
                    }
                    List<URL> classPath = jar.classPath();
                    for (int i = classPath.size() - 1; i >= 0; i--) {
                        unopened.addFirst(classPath.get(i));
                    }
                } catch (IOException e) {
                    source = new Unindexed(url);
                }
            }
            next.add(source);
            unindexed |= source instanceof Unindexed;
            int position = next.size() - 1;
            for (String directory : source.directories()) {
                int[] holders = index.getOrDefault(directory, NONE);
                int[] grown = Arrays.copyOf(holders, holders.length + 1);
                grown[holders.length] = position;
                index.put(directory, grown);
            }
        }
        sources = List.copyOf(next);
        byDirectory = index;
    }

    private static final int CACHE_FORMAT = 1;
    private static final byte JAR = 0;
    private static final byte DIRECTORY = 1;
    private static final byte UNINDEXED = 2;

    /** Takes the index from the cache if it was made for these URLs; false (nothing changed) otherwise. */
    private synchronized boolean read(List<URL> urls, Path cache) {
        if (!Files.isRegularFile(cache)) {
            return false;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(cache)))) {
            if (in.readInt() != CACHE_FORMAT || in.readInt() != urls.size()) {
                return false;
            }
            for (URL url : urls) {
                if (!in.readUTF().equals(url.toExternalForm())) {
                    return false;
                }
            }
            List<Source> read = new ArrayList<>();
            boolean anyUnindexed = false;
            for (int n = in.readInt(); n > 0; n--) {
                byte kind = in.readByte();
                URL url = new URL(in.readUTF());
                if (kind == JAR) {
                    read.add(new Jar(url, Path.of(url.toURI()).toFile(), false));
                } else if (kind == DIRECTORY) {
                    List<String> paths = new ArrayList<>();
                    for (int p = in.readInt(); p > 0; p--) {
                        paths.add(in.readUTF());
                    }
                    read.add(new Directory(url, paths));
                } else {
                    read.add(new Unindexed(url));
                    anyUnindexed = true;
                }
            }
            Set<String> readSeen = new HashSet<>();
            for (int n = in.readInt(); n > 0; n--) {
                readSeen.add(in.readUTF());
            }
            Map<String, int[]> index = new HashMap<>();
            for (int n = in.readInt(); n > 0; n--) {
                String directory = in.readUTF();
                int[] holders = new int[in.readInt()];
                for (int i = 0; i < holders.length; i++) {
                    holders[i] = in.readInt();
                }
                index.put(directory, holders);
            }
            sources = List.copyOf(read);
            byDirectory = index;
            seen.addAll(readSeen);
            unindexed = anyUnindexed;
            return true;
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return false; // built again
        }
    }

    /** Writes the index for the URLs it was built from (atomically; a failure only means it is built next time). */
    private synchronized void write(List<URL> inputs, Path cache) {
        try {
            Files.createDirectories(cache.getParent());
            Path temporary = Files.createTempFile(cache.getParent(), cache.getFileName().toString(), ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
                out.writeInt(CACHE_FORMAT);
                out.writeInt(inputs.size());
                for (URL url : inputs) {
                    out.writeUTF(url.toExternalForm());
                }
                out.writeInt(sources.size());
                for (Source source : sources) {
                    out.writeByte(source instanceof Jar ? JAR : source instanceof Directory ? DIRECTORY : UNINDEXED);
                    out.writeUTF(source.url.toExternalForm());
                    if (source instanceof Directory directory) {
                        out.writeInt(directory.paths.size());
                        for (String path : directory.paths) {
                            out.writeUTF(path);
                        }
                    }
                }
                out.writeInt(seen.size());
                for (String url : seen) {
                    out.writeUTF(url);
                }
                out.writeInt(byDirectory.size());
                for (Map.Entry<String, int[]> entry : byDirectory.entrySet()) {
                    out.writeUTF(entry.getKey());
                    out.writeInt(entry.getValue().length);
                    for (int i : entry.getValue()) {
                        out.writeInt(i);
                    }
                }
            }
            Files.move(temporary, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // built again at the next start
        }
    }

    private static boolean exists(URL url) {
        try {
            return "file".equals(url.getProtocol()) && Files.exists(Path.of(url.toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return true; // not a plain file: assume it may be searched
        }
    }

    private static String withoutFragment(URL url) {
        String form = url.toExternalForm();
        int hash = form.indexOf('#');
        return hash < 0 ? form : form.substring(0, hash);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        String path = name.replace('.', '/').concat(".class");
        if (!plain(path) || hasUnindexed()) {
            return super.findClass(name);
        }
        List<Source> all = sources;
        for (int i : byDirectory.getOrDefault(directoryOf(path), NONE)) {
            Source source = all.get(i);
            if (source instanceof Jar jar) {
                JarEntry entry = jar.file().getJarEntry(path);
                if (entry != null) {
                    return define(name, jar, entry);
                }
            } else if (source.resource(path) != null) {
                return super.findClass(name); // a class file in a directory: the plain search finds the same one
            }
        }
        throw new ClassNotFoundException(name);
    }

    @Override
    public URL findResource(String name) {
        if (!indexable(name) || hasUnindexed()) {
            return super.findResource(name);
        }
        List<Source> all = sources;
        for (int i : byDirectory.getOrDefault(directoryOf(name), NONE)) {
            if (all.get(i).has(name)) {
                // a name whose URL needs escaping (a rare find): the plain search makes the URL exactly as it does
                return plain(name) ? all.get(i).resource(name) : super.findResource(name);
            }
        }
        return null;
    }

    @Override
    public Enumeration<URL> findResources(String name) throws IOException {
        if (!indexable(name) || hasUnindexed()) {
            return super.findResources(name);
        }
        List<Source> all = sources;
        List<URL> found = new ArrayList<>();
        for (int i : byDirectory.getOrDefault(directoryOf(name), NONE)) {
            if (all.get(i).has(name)) {
                if (!plain(name)) {
                    return super.findResources(name);
                }
                found.add(all.get(i).resource(name));
            }
        }
        return Collections.enumeration(found);
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (Source source : sources) {
            try {
                source.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        super.close();
        if (failure != null) {
            throw failure;
        }
    }

    private boolean hasUnindexed() {
        return unindexed;
    }

    /** As URLClassLoader#defineClass: the package from the jar's manifest, then the class with the jar's code source. */
    private Class<?> define(String name, Jar jar, JarEntry entry) throws ClassNotFoundException {
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            String packageName = name.substring(0, dot);
            if (getDefinedPackage(packageName) == null) {
                Manifest manifest = jar.manifest();
                try {
                    if (manifest != null) {
                        definePackage(packageName, manifest, jar.url);
                    } else {
                        definePackage(packageName, null, null, null, null, null, null, null);
                    }
                } catch (IllegalArgumentException definedMeanwhile) {
                    // another thread defined it first
                }
            }
        }
        byte[] bytes;
        try (InputStream in = jar.file().getInputStream(entry)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new ClassNotFoundException(name, e);
        }
        return defineClass(name, bytes, 0, bytes.length, new CodeSource(jar.url, entry.getCodeSigners()));
    }

    /** The directory an entry name is in: "a/b" for "a/b/C.class" and for "a/b/c/", "" for a top-level name. */
    static String directoryOf(String name) {
        int end = name.endsWith("/") ? name.length() - 1 : name.length();
        int slash = name.lastIndexOf('/', end - 1);
        return slash < 0 ? "" : name.substring(0, slash);
    }

    /**
     * A name the index answers: not empty, no leading slash, no empty, "." or ".." segment (a directory on the class
     * path resolves those against the file system).
     */
    static boolean indexable(String name) {
        if (name.isEmpty() || name.charAt(0) == '/' || name.contains("//")) {
            return false;
        }
        for (String segment : name.split("/")) {
            if (segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** An indexable name whose URL is the name as it is: only characters a URL keeps unescaped. */
    static boolean plain(String name) {
        if (!indexable(name)) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '/' || c == '.' || c == '_' || c == '$' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** One entry of the class path. */
    private abstract static sealed class Source permits Jar, Directory, Unindexed {
        final URL url;

        Source(URL url) {
            this.url = url;
        }

        /** The source of a URL; null for one the JDK's class path would skip (a file that is not a readable jar). */
        static Source of(URL url) throws IOException, URISyntaxException {
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
    }

    /** A jar (any zip file: Payara's runtime also holds .rar files), opened as the JDK's class path opens it. */
    private static final class Jar extends Source {
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
    private static final class Directory extends Source {
        private final Set<String> paths = new LinkedHashSet<>();
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
    private static final class Unindexed extends Source {
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
