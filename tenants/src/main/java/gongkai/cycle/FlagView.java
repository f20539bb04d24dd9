package gongkai.cycle;

import java.time.Instant;
import java.util.UUID;

/** An accountability flag as the API shows it; {@code caseOpened} once the office opened the case. */
public record FlagView(UUID id, String unitCode, AccountabilityFlag.Kind kind, String basis, Instant raisedAt,
                       String raisedBy, boolean caseOpened, String caseReference, Instant caseOpenedAt,
                       String caseOpenedBy) {
}
