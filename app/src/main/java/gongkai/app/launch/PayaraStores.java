package gongkai.app.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Collections;

/**
 * Payara Micro's own key store and trust store, as JKS copies made once per data directory.
 *
 * <p>Payara Micro ships them as PKCS12 files whose integrity and entries are protected with PBKDF2 (10,000
 * iterations each), and loads both on every start before the deployment: over half a second of the main thread
 * and a C2 compilation of PBKDF2, on the path to ready. A JKS file holds the same certificates and keys and loads in
 * milliseconds. Payara copies the stores named by {@code javax.net.ssl.keyStore} / {@code trustStore} into its
 * configuration and reads them with the types named by {@code javax.net.ssl.keyStoreType} / {@code trustStoreType}.
 * Nothing changes when an operator names stores of their own. Measured: docs/benchmarks.md, start-up.
 */
final class PayaraStores {

    /** Payara's master password, which also protects its default stores (the same in every Payara installation). */
    private static final char[] PASSWORD = "changeit".toCharArray();
    static final String KEY_STORE = "MICRO-INF/domain/keystore.p12";
    static final String TRUST_STORE = "MICRO-INF/domain/cacerts.p12";

    private PayaraStores() {
    }

    /** Points Payara at JKS copies of its stores in the data directory, making them first if needed. */
    static void useJksCopies(Path dataDirectory) throws IOException, GeneralSecurityException {
        if (System.getProperty("javax.net.ssl.keyStore") != null || System.getProperty("javax.net.ssl.trustStore") != null) {
            return; // the operator's own stores
        }
        URL keyStore = bundled(KEY_STORE);
        URL trustStore = bundled(TRUST_STORE);
        // Named by the CRC-32 of the stores they come from, which the jar's directory holds (a restart reads neither
        // store): a Payara upgrade with other stores makes new copies.
        Path dir = dataDirectory.resolve("payara-stores").resolve(crc(keyStore) + "-" + crc(trustStore));
        Path keyCopy = jksCopy(keyStore, dir.resolve("keystore.jks"));
        Path trustCopy = jksCopy(trustStore, dir.resolve("cacerts.jks"));
        System.setProperty("javax.net.ssl.keyStore", keyCopy.toString());
        System.setProperty("javax.net.ssl.keyStoreType", "JKS");
        System.setProperty("javax.net.ssl.trustStore", trustCopy.toString());
        System.setProperty("javax.net.ssl.trustStoreType", "JKS");
    }

    /** The JKS copy of a PKCS12 store, written (atomically) unless it exists. */
    static Path jksCopy(URL pkcs12, Path target) throws IOException, GeneralSecurityException {
        if (Files.isRegularFile(target)) {
            return target;
        }
        KeyStore source = KeyStore.getInstance("PKCS12");
        try (InputStream in = pkcs12.openStream()) {
            source.load(in, PASSWORD);
        }
        KeyStore copy = KeyStore.getInstance("JKS");
        copy.load(null, PASSWORD);
        for (String alias : Collections.list(source.aliases())) {
            if (source.isKeyEntry(alias)) {
                copy.setKeyEntry(alias, source.getKey(alias, PASSWORD), PASSWORD, source.getCertificateChain(alias));
            } else {
                copy.setCertificateEntry(alias, source.getCertificate(alias));
            }
        }
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            copy.store(out, PASSWORD);
        }
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    static URL bundled(String resource) throws IOException {
        URL url = PayaraStores.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IOException(resource + " is not in the Payara Micro jar");
        }
        return url;
    }

    private static String crc(URL entry) throws IOException {
        URLConnection connection = entry.openConnection();
        if (!(connection instanceof JarURLConnection jar)) {
            throw new IOException(entry + " is not in a jar");
        }
        return Long.toHexString(jar.getJarEntry().getCrc());
    }
}
