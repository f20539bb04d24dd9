package gongkai.survey;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public survey's guards at the edge: the salted hash of a network address (the address itself is never
 * kept), signed browser tokens (at most one response per browser and unit; the database holds only their hash),
 * and a token bucket per address hash and survey in memory (a rate limit may forget on restart; the idempotency of
 * submissions is the database's unique constraint, not this).
 *
 * <p>The secret comes from {@code gongkai.survey.secret} (GONGKAI_SURVEY_SECRET) or is generated once into
 * {@code <data dir>/survey-secret}, so tokens and hashes survive restarts.
 */
@ApplicationScoped
public class SurveyGuard {

    /** The cookie a browser keeps its token in (path /: the REST API and the survey page share it). */
    public static final String COOKIE = "gongkai_survey";

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    @Inject
    @ConfigProperty(name = "gongkai.survey.secret")
    Optional<String> configuredSecret;

    @Inject
    @ConfigProperty(name = "gongkai.data.dir", defaultValue = ".")
    String dataDir;

    /** Requests one address may make to one survey at once ... */
    @Inject
    @ConfigProperty(name = "gongkai.survey.rate.burst", defaultValue = "20")
    int burst;

    /** ... and how many more per minute after that. */
    @Inject
    @ConfigProperty(name = "gongkai.survey.rate.per-minute", defaultValue = "20")
    int perMinute;

    private byte[] secret;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    /** One keyed Mac per thread: looking one up and keying it per hash cost more than the hash (submission path). */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(() -> {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    });

    @PostConstruct
    void init() {
        secret = configuredSecret.filter(s -> !s.isBlank()).map(s -> s.getBytes(StandardCharsets.UTF_8))
                .orElseGet(this::storedSecret);
    }

    /** The salted hash of a network address, as stored with a response. */
    public String addressHash(String address) {
        return HexFormat.of().formatHex(mac("address:" + address));
    }

    /** The token of this browser if it sent a valid one, else a new one. */
    public BrowserToken token(String sent) {
        if (sent != null) {
            int dot = sent.indexOf('.');
            if (dot > 0) {
                String id = sent.substring(0, dot);
                byte[] signature = mac("browser:" + id);
                if (MessageDigest.isEqual(B64.encodeToString(signature).getBytes(StandardCharsets.US_ASCII),
                        sent.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
                    return new BrowserToken(sent, HexFormat.of().formatHex(mac("store:" + id)));
                }
            }
        }
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String id = B64.encodeToString(bytes);
        return new BrowserToken(id + "." + B64.encodeToString(mac("browser:" + id)),
                HexFormat.of().formatHex(mac("store:" + id)));
    }

    /** A browser's token: what the browser keeps, and the hash the database keeps. */
    public record BrowserToken(String value, String hash) {
    }

    /** Takes one request from the bucket of this address and survey; empty when allowed, else seconds to wait. */
    public Optional<Long> take(String addressHash, String slug) {
        if (buckets.size() > 100_000) {
            long now = System.nanoTime();
            buckets.values().removeIf(b -> b.idleSince(now) > 600_000_000_000L);
        }
        return buckets.computeIfAbsent(addressHash + "|" + slug, k -> new Bucket(burst)).take(burst, perMinute);
    }

    private byte[] mac(String value) {
        return macs.get().doFinal(value.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] storedSecret() {
        Path file = Path.of(dataDir, "survey-secret");
        try {
            if (!Files.exists(file)) {
                byte[] bytes = new byte[32];
                random.nextBytes(bytes);
                Files.writeString(file, B64.encodeToString(bytes) + "\n");
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system
                }
            }
            return Files.readString(file).strip().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the survey secret in " + file, e);
        }
    }

    /** A token bucket: {@code burst} tokens, refilled at {@code perMinute}. */
    private static final class Bucket {
        private double tokens;
        private long refilledAt = System.nanoTime();

        Bucket(int burst) {
            tokens = burst;
        }

        synchronized Optional<Long> take(int burst, int perMinute) {
            long now = System.nanoTime();
            tokens = Math.min(burst, tokens + (now - refilledAt) / 60e9 * perMinute);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return Optional.empty();
            }
            return Optional.of((long) Math.ceil((1 - tokens) * 60.0 / Math.max(perMinute, 1)));
        }

        synchronized long idleSince(long now) {
            return now - refilledAt;
        }
    }
}
