package gongkai.cycle;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored evidence file as clients see it.
 *
 * @param indicator the self-assessment indicator it supports, or null
 * @param event     the bonus, deduction or veto rule code it supports, or null
 * @param mediaType detected from the content
 * @param sha256    of the bytes, lower-case hex
 */
public record EvidenceView(UUID id, String unitCode, String indicator, String event, String filename,
                           String mediaType, long size, String sha256, String uploadedBy, Instant uploadedAt) {
}
