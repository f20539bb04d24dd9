package gongkai.cycle;

import java.time.Instant;
import java.util.UUID;

/** A review request as the API shows it; {@code accepted} is null while undecided. */
public record ReviewView(UUID id, String unitCode, String indicator, String reason, String requestedBy,
                         Instant requestedAt, Boolean accepted, String decidedReason, String decidedBy,
                         Instant decidedAt, boolean late, String oldScore, String newScore) {
}
