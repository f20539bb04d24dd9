package gongkai.survey;

/**
 * The public submissions are beyond what the server can store in time: the client should retry after
 * {@link #retryAfterSeconds()} (answered 503 with Retry-After at once, rather than letting the request time out).
 */
public class SubmissionsBusy extends RuntimeException {

    private final int retryAfterSeconds;

    public SubmissionsBusy(String message, int retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
