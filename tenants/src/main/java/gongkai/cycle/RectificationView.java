package gongkai.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A rectification order as the API shows it.
 *
 * @param cycleCode null for an order outside a cycle
 * @param dueEnd    the end of the due day in the tenant's zone: a report strictly before it is on time
 * @param overdue   the unit owes a report and the deadline has passed
 */
public record RectificationView(UUID id, String cycleCode, String unitCode, RectificationOrder.Reason reason,
                                String subject, String note, Instant orderedAt, String orderedBy, LocalDate dueDate,
                                Instant dueEnd, RectificationState state, boolean overdue, String report,
                                List<String> evidence, String reportedBy, Instant reportedAt, boolean reportedLate,
                                int reports, String decisionReason, String decidedBy, Instant decidedAt) {
}
