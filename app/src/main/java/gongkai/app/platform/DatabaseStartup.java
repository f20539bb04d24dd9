package gongkai.app.platform;

import java.time.Duration;

/**
 * Waits for the launcher's database start. The launcher brings the database up and migrates it while Payara Micro
 * boots (docs/decisions/001-launcher.md), and announces the outcome in the system property
 * {@code gongkai.database.state}: {@code starting}, {@code ready} or {@code failed}. Without the property (the
 * application deployed some other way) the database is taken as ready.
 */
public final class DatabaseStartup {

    static final String STATE = "gongkai.database.state";
    private static final Duration LIMIT = Duration.ofMinutes(5);

    private DatabaseStartup() {
    }

    /**
     * Returns once the database is ready.
     *
     * @throws IllegalStateException if its start failed or took longer than five minutes
     */
    public static void await() {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (true) {
            String state = System.getProperty(STATE);
            if (state == null || state.equals("ready")) {
                return;
            }
            if (state.equals("failed") || System.nanoTime() > deadline) {
                throw new IllegalStateException("the database did not start (" + state + "); see the log above");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the database", e);
            }
        }
    }
}
