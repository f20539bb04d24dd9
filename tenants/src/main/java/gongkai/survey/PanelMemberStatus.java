package gongkai.survey;

import java.time.Instant;
import java.util.UUID;

/** Where a panel member stands: units scored of the campaign's units, finished when all are, and reminders sent. */
public record PanelMemberStatus(UUID memberId, String name, PanelMemberType type, Instant invitedAt,
                                int unitsScored, int units, boolean finished, int reminders, Instant lastRemindedAt) {
}
