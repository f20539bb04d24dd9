package gongkai.survey;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A checked public response waiting for the writer's next commit. Its receipt completes only after the commit
 * that stored it (or found the earlier response with its idempotency key) returned: an answer 201/200 means the
 * response is durable. A request that gave up waiting may withdraw it only while no batch has taken it.
 */
final class PendingResponse {

    private static final int QUEUED = 0;
    private static final int TAKEN = 1;
    private static final int WITHDRAWN = 2;

    final UUID tenantId;
    final UUID id = UUID.randomUUID();
    final UUID campaignId;
    final UUID unitId;
    final String unitCode;
    final AnswerSheet sheet;
    final String scored;
    /** Its score for the spread of scores (ScoringModel#spreadScore), kept with it for the running tallies. */
    final double score;
    final Instant startedAt;
    final Instant submittedAt;
    final SubmissionSource source;
    final String flags;
    /** Whether it takes part in the DUPLICATE_PATTERN check. */
    final boolean comparesPattern;
    final CompletableFuture<Receipt> receipt = new CompletableFuture<>();
    private final AtomicInteger state = new AtomicInteger(QUEUED);

    PendingResponse(UUID tenantId, UUID campaignId, UUID unitId, String unitCode, AnswerSheet sheet, double score,
                    Instant startedAt, Instant submittedAt, SubmissionSource source, String flags,
                    boolean comparesPattern) {
        this.tenantId = tenantId;
        this.campaignId = campaignId;
        this.unitId = unitId;
        this.unitCode = unitCode;
        this.sheet = sheet;
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < sheet.scored().length; i++) {
            s.append(i == 0 ? "" : ",").append(sheet.scored()[i]);
        }
        this.scored = s.append('}').toString();
        this.score = score;
        this.startedAt = startedAt;
        this.submittedAt = submittedAt;
        this.source = source;
        this.flags = flags;
        this.comparesPattern = comparesPattern;
    }

    /** The writer takes it into a batch; false when the request withdrew it. */
    boolean take() {
        return state.compareAndSet(QUEUED, TAKEN);
    }

    /** The request gives up; false when a batch already took it (its outcome is then coming). */
    boolean withdraw() {
        return state.compareAndSet(QUEUED, WITHDRAWN);
    }

    /** Completes the request with the writer's outcome: a {@link Receipt} or the refusal to throw. */
    void complete(Object outcome) {
        if (outcome instanceof Receipt r) {
            receipt.complete(r);
        } else {
            receipt.completeExceptionally((RuntimeException) outcome);
        }
    }
}
