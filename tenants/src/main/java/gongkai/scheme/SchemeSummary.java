package gongkai.scheme;

import gongkai.scoring.LocalizedText;

import java.time.Instant;
import java.util.UUID;

/**
 * One version of a tenant's scheme, without its definition.
 *
 * @param basedOn the template id it was created from, or {@code "code vN"} of the version it copies; null for an
 *                imported definition
 */
public record SchemeSummary(UUID id, String code, int year, int version, SchemeState state, LocalizedText name,
                            String basedOn, Instant updatedAt) {
}
