package gongkai.survey;

import java.time.Instant;
import java.util.UUID;

/** A stored response's receipt; {@code created} is false when an earlier submission with the same key stored it. */
public record Receipt(UUID id, Instant submittedAt, boolean created) {
}
