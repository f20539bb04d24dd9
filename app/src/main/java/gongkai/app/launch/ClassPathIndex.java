package gongkai.app.launch;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@link IndexedClassLoader} knows of its class path, immutable: the sources in the order the JDK's class path
 * searches them, and per directory the positions of the sources holding entries there.
 */
final class ClassPathIndex {

    static final ClassPathIndex EMPTY = new ClassPathIndex(List.of(), Map.of(), Set.of());
    private static final int[] NONE = new int[0];
    private static final int FORMAT = 1;
    private static final byte JAR = 0;
    private static final byte DIRECTORY = 1;
    private static final byte UNINDEXED = 2;

    /** In class-path order. */
    private final List<ClassPathSource> sources;
    /** Directory of an entry ({@link ClassPathSource#directoryOf}) to positions in {@link #sources}, ascending. */
    private final Map<String, int[]> byDirectory;
    /** The URLs opened (without fragment), and those a JarIndex named. */
    private final Set<String> seen;
    /** Whether a source is {@link ClassPathSource.Unindexed}: then every lookup takes the plain search. */
    private final boolean unindexed;

    private ClassPathIndex(List<ClassPathSource> sources, Map<String, int[]> byDirectory, Set<String> seen) {
        this.sources = List.copyOf(sources);
        this.byDirectory = byDirectory;
        this.seen = seen;
        this.unindexed = sources.stream().anyMatch(ClassPathSource.Unindexed.class::isInstance);
    }

    List<ClassPathSource> sources() {
        return sources;
    }

    boolean unindexed() {
        return unindexed;
    }

    /** The positions of the sources that may hold the named entry, in class-path order. */
    int[] holders(String name) {
        return byDirectory.getOrDefault(ClassPathSource.directoryOf(name), NONE);
    }

    /**
     * This index with URLs added as the JDK's class path opens them: in order, each once, a jar's manifest Class-Path
     * right after the jar (depth first), a file that is not a jar skipped, and a jar with a JarIndex
     * (META-INF/INDEX.LIST) not expanded, the jars its index names counting as seen.
     */
    ClassPathIndex with(List<URL> urls) {
        List<ClassPathSource> next = new ArrayList<>(sources);
        Map<String, int[]> index = new HashMap<>(byDirectory);
        Set<String> opened = new HashSet<>(seen);
        Deque<URL> unopened = new ArrayDeque<>(urls);
        while (!unopened.isEmpty()) {
            URL url = unopened.pollFirst();
            if (opened.contains(withoutFragment(url))) {
                continue;
            }
            ClassPathSource source;
            try {
                source = ClassPathSource.of(url);
            } catch (IOException | URISyntaxException | RuntimeException e) {
                source = new ClassPathSource.Unindexed(url); // the URLClassLoader's own search answers for it
            }
            if (source == null) {
                continue; // as the JDK's class path skips a URL it cannot open as a jar
            }
            opened.add(withoutFragment(url));
            if (source instanceof ClassPathSource.Jar jar) {
                try {
                    List<URL> indexed = jar.indexedJars();
                    indexed.forEach(u -> opened.add(withoutFragment(u)));
                    if (indexed.stream().anyMatch(u -> !withoutFragment(u).equals(withoutFragment(url)) && exists(u))) {
                        // the JDK's class path searches those jars through this one: its own search answers
                        source = new ClassPathSource.Unindexed(url);
                    }
                    List<URL> classPath = jar.classPath();
                    for (int i = classPath.size() - 1; i >= 0; i--) {
                        unopened.addFirst(classPath.get(i));
                    }
                } catch (IOException e) {
                    source = new ClassPathSource.Unindexed(url);
                }
            }
            next.add(source);
            int position = next.size() - 1;
            for (String directory : source.directories()) {
                int[] holders = index.getOrDefault(directory, NONE);
                int[] grown = Arrays.copyOf(holders, holders.length + 1);
                grown[holders.length] = position;
                index.put(directory, grown);
            }
        }
        return new ClassPathIndex(next, index, opened);
    }

    /** The index kept in {@code file} if it was made for these URLs, else null. */
    static ClassPathIndex read(List<URL> urls, Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != FORMAT || in.readInt() != urls.size()) {
                return null;
            }
            for (URL url : urls) {
                if (!in.readUTF().equals(url.toExternalForm())) {
                    return null;
                }
            }
            List<ClassPathSource> sources = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                byte kind = in.readByte();
                URL url = new URL(in.readUTF());
                if (kind == JAR) {
                    sources.add(new ClassPathSource.Jar(url, Path.of(url.toURI()).toFile(), false));
                } else if (kind == DIRECTORY) {
                    List<String> paths = new ArrayList<>();
                    for (int p = in.readInt(); p > 0; p--) {
                        paths.add(in.readUTF());
                    }
                    sources.add(new ClassPathSource.Directory(url, paths));
                } else {
                    sources.add(new ClassPathSource.Unindexed(url));
                }
            }
            Set<String> seen = new HashSet<>();
            for (int n = in.readInt(); n > 0; n--) {
                seen.add(in.readUTF());
            }
            Map<String, int[]> byDirectory = new HashMap<>();
            for (int n = in.readInt(); n > 0; n--) {
                String directory = in.readUTF();
                int[] holders = new int[in.readInt()];
                for (int i = 0; i < holders.length; i++) {
                    holders[i] = in.readInt();
                }
                byDirectory.put(directory, holders);
            }
            return new ClassPathIndex(sources, byDirectory, seen);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return null; // built again
        }
    }

    /** Writes this index, made for {@code urls}, atomically; a failure only means it is built again next time. */
    void write(List<URL> urls, Path file) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
                out.writeInt(FORMAT);
                out.writeInt(urls.size());
                for (URL url : urls) {
                    out.writeUTF(url.toExternalForm());
                }
                out.writeInt(sources.size());
                for (ClassPathSource source : sources) {
                    out.writeByte(source instanceof ClassPathSource.Jar ? JAR
                            : source instanceof ClassPathSource.Directory ? DIRECTORY : UNINDEXED);
                    out.writeUTF(source.url.toExternalForm());
                    if (source instanceof ClassPathSource.Directory directory) {
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
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
}
