package gongkai.tenancy;

import gongkai.error.DomainException;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The {@link Acting} of the current thread. Set at the edge only: by the request filter for HTTP and UI
 * requests, by start-up and by scheduled jobs; cleared when their work ends (docs/decisions/002-tenant-isolation.md).
 */
public final class TenantContext {

    private static final ThreadLocal<Acting> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Acting current() {
        Acting acting = CURRENT.get();
        if (acting == null) {
            throw new DomainException(DomainException.Kind.UNAUTHENTICATED, null, "log in (HTTP Basic or a Bearer token) to use this resource");
        }
        return acting;
    }

    public static Optional<Acting> find() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Runs {@code work} as {@code acting}, restoring what was there before. */
    public static <T> T call(Acting acting, Supplier<T> work) {
        Acting before = CURRENT.get();
        CURRENT.set(acting);
        try {
            return work.get();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }

    public static void run(Acting acting, Runnable work) {
        call(acting, () -> {
            work.run();
            return null;
        });
    }
}
