package gongkai.app.launch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.KeyStore;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PayaraStoresTest {

    private static final char[] PASSWORD = "changeit".toCharArray();
    private static final List<String> PROPERTIES = List.of("javax.net.ssl.keyStore", "javax.net.ssl.keyStoreType",
            "javax.net.ssl.trustStore", "javax.net.ssl.trustStoreType");

    @TempDir
    Path dataDirectory;

    private final Map<String, String> saved = new TreeMap<>();

    @BeforeEach
    void clearProperties() {
        for (String property : PROPERTIES) {
            saved.put(property, System.getProperty(property));
            System.clearProperty(property);
        }
    }

    @AfterEach
    void restoreProperties() {
        saved.forEach((property, value) -> {
            if (value == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, value);
            }
        });
    }

    @Test
    void the_copies_hold_the_same_keys_and_certificates_as_payaras_stores() throws Exception {
        PayaraStores.useJksCopies(dataDirectory);

        for (String[] store : new String[][] {
                {PayaraStores.KEY_STORE, "javax.net.ssl.keyStore", "javax.net.ssl.keyStoreType"},
                {PayaraStores.TRUST_STORE, "javax.net.ssl.trustStore", "javax.net.ssl.trustStoreType"}}) {
            KeyStore original = KeyStore.getInstance("PKCS12");
            try (InputStream in = PayaraStores.bundled(store[0]).openStream()) {
                original.load(in, PASSWORD);
            }
            Path copyFile = Path.of(System.getProperty(store[1]));
            assertTrue(copyFile.startsWith(dataDirectory), copyFile.toString());
            assertEquals("JKS", System.getProperty(store[2]));
            KeyStore copy = KeyStore.getInstance(System.getProperty(store[2]));
            try (InputStream in = Files.newInputStream(copyFile)) {
                copy.load(in, PASSWORD);
            }
            List<String> aliases = Collections.list(original.aliases());
            assertTrue(aliases.size() > 1, store[0] + " has " + aliases);
            assertEquals(aliases.stream().sorted().toList(), Collections.list(copy.aliases()).stream().sorted().toList());
            for (String alias : aliases) {
                assertEquals(original.isKeyEntry(alias), copy.isKeyEntry(alias), alias);
                assertEquals(original.getCertificate(alias), copy.getCertificate(alias), alias);
                if (original.isKeyEntry(alias)) {
                    assertArrayEquals(original.getKey(alias, PASSWORD).getEncoded(), copy.getKey(alias, PASSWORD).getEncoded(), alias);
                    assertArrayEquals(original.getCertificateChain(alias), copy.getCertificateChain(alias), alias);
                }
            }
        }
    }

    @Test
    void a_restart_reuses_the_copies() throws Exception {
        PayaraStores.useJksCopies(dataDirectory);
        Path keyStore = Path.of(System.getProperty("javax.net.ssl.keyStore"));
        FileTime made = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(keyStore, made);
        clearProperties();

        PayaraStores.useJksCopies(dataDirectory);

        assertEquals(keyStore.toString(), System.getProperty("javax.net.ssl.keyStore"));
        assertEquals(made, Files.getLastModifiedTime(keyStore));
    }

    @Test
    void an_operators_own_stores_are_left_as_they_are() throws Exception {
        System.setProperty("javax.net.ssl.trustStore", "/etc/own/cacerts");

        PayaraStores.useJksCopies(dataDirectory);

        assertEquals("/etc/own/cacerts", System.getProperty("javax.net.ssl.trustStore"));
        assertNull(System.getProperty("javax.net.ssl.keyStore"));
        assertNull(System.getProperty("javax.net.ssl.trustStoreType"));
        assertTrue(Files.notExists(dataDirectory.resolve("payara-stores")));
    }
}
