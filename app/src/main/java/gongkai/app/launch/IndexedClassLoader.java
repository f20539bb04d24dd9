package gongkai.app.launch;

import fish.payara.micro.boot.loader.OpenURLClassLoader;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.Manifest;

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

    private volatile ClassPathIndex index = ClassPathIndex.EMPTY;

    IndexedClassLoader(List<URL> urls, ClassLoader parent) {
        super(distinct(urls), parent);
        index = ClassPathIndex.EMPTY.with(urls);
    }

    /**
     * As {@link #IndexedClassLoader(List, ClassLoader)}, with the index kept in {@code cache}: read from it when it is
     * there (the jars are then opened only when a lookup needs them, as the JDK's class path opens them), else built
     * and written to it. The caller names the cache by what the index depends on (the jars' contents and the URLs).
     */
    IndexedClassLoader(List<URL> urls, ClassLoader parent, Path cache) {
        super(distinct(urls), parent);
        ClassPathIndex kept = ClassPathIndex.read(urls, cache);
        if (kept == null) {
            kept = ClassPathIndex.EMPTY.with(urls);
            kept.write(urls, cache);
        }
        index = kept;
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

    ClassPathIndex index() {
        return index;
    }

    @Override
    public synchronized void addURL(URL url) {
        if (url != null) {
            super.addURL(url);
            index = index.with(List.of(url));
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        String path = name.replace('.', '/').concat(".class");
        ClassPathIndex current = index;
        if (!plain(path) || current.unindexed()) {
            return super.findClass(name);
        }
        for (int i : current.holders(path)) {
            ClassPathSource source = current.sources().get(i);
            if (source instanceof ClassPathSource.Jar jar) {
                JarEntry entry = jar.file().getJarEntry(path);
                if (entry != null) {
                    return define(name, jar, entry);
                }
            } else if (source.has(path)) {
                return super.findClass(name); // a class file in a directory: the plain search finds the same one
            }
        }
        throw new ClassNotFoundException(name);
    }

    @Override
    public URL findResource(String name) {
        ClassPathIndex current = index;
        if (!indexable(name) || current.unindexed()) {
            return super.findResource(name);
        }
        for (int i : current.holders(name)) {
            ClassPathSource source = current.sources().get(i);
            if (source.has(name)) {
                // a name whose URL needs escaping (a rare find): the plain search makes the URL exactly as it does
                return plain(name) ? source.resource(name) : super.findResource(name);
            }
        }
        return null;
    }

    @Override
    public Enumeration<URL> findResources(String name) throws IOException {
        ClassPathIndex current = index;
        if (!indexable(name) || current.unindexed()) {
            return super.findResources(name);
        }
        List<URL> found = new ArrayList<>();
        for (int i : current.holders(name)) {
            ClassPathSource source = current.sources().get(i);
            if (source.has(name)) {
                if (!plain(name)) {
                    return super.findResources(name);
                }
                found.add(source.resource(name));
            }
        }
        return Collections.enumeration(found);
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (ClassPathSource source : index.sources()) {
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

    /** As URLClassLoader#defineClass: the package from the jar's manifest, then the class with the jar's code source. */
    private Class<?> define(String name, ClassPathSource.Jar jar, JarEntry entry) throws ClassNotFoundException {
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

    /**
     * A name the index answers: not empty, no leading slash, no empty, "." or ".." segment (a directory on the class
     * path resolves those against the file system).
     */
    static boolean indexable(String name) {
        if (name.isEmpty()) {
            return false;
        }
        // segment by segment without allocating: this runs for every class and resource lookup
        for (int start = 0; start < name.length(); ) {
            int end = name.indexOf('/', start);
            if (end < 0) {
                end = name.length();
            }
            int length = end - start;
            if (length == 0 || length <= 2 && name.startsWith("..", start) || length == 1 && name.charAt(start) == '.') {
                return false; // a leading slash, "//", "." or ".."
            }
            start = end + 1;
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
}
