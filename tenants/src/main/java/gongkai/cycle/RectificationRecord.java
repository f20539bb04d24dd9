package gongkai.cycle;

import com.fasterxml.jackson.core.type.TypeReference;
import gongkai.calendar.Deadline;
import gongkai.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A stored rectification order (整改) of one unit and its {@link Rectification} progress. */
@Entity
@Table(name = "rectification_order")
public class RectificationRecord extends TenantOwned {

    private static final TypeReference<List<String>> IDS = new TypeReference<>() {
    };

    @Column(name = "cycle_id")
    private UUID cycleId;
    @Column(name = "unit_id")
    private UUID unitId;
    @Enumerated(EnumType.STRING)
    private RectificationOrder.Reason reason;
    private String subject;
    private String note;
    @Column(name = "ordered_at")
    private Instant orderedAt;
    @Column(name = "ordered_by")
    private String orderedBy;
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Column(name = "due_end")
    private Instant dueEnd;
    @Enumerated(EnumType.STRING)
    private RectificationState state;
    private String report;
    @Column(name = "evidence", columnDefinition = "jsonb")
    private String evidence;
    @Column(name = "reported_by")
    private String reportedBy;
    @Column(name = "reported_at")
    private Instant reportedAt;
    private int reports;
    @Column(name = "decision_reason")
    private String decisionReason;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Version
    private long version;

    protected RectificationRecord() {
    }

    RectificationRecord(UUID cycleId, UUID unitId, RectificationOrder.Reason reason, String subject, String note,
                        Instant orderedAt, String orderedBy, Deadline deadline) {
        super(UUID.randomUUID());
        this.cycleId = cycleId;
        this.unitId = unitId;
        this.reason = reason;
        this.subject = subject;
        this.note = note;
        this.orderedAt = orderedAt;
        this.orderedBy = orderedBy;
        this.dueDate = deadline.dueDate();
        this.dueEnd = deadline.end().toInstant();
        apply(Rectification.ordered(deadline), null, null);
    }

    /** The pure value as stored; the zone only shapes the deadline's end for display. */
    Rectification progress(ZoneId zone) {
        return new Rectification(state, new Deadline(dueDate, dueEnd.atZone(zone)), report,
                CycleJson.read(evidence, IDS), reportedAt, reports, decisionReason, decidedAt);
    }

    /** Stores the value a move returned; {@code reporter} or {@code decider} is who made that move. */
    void apply(Rectification value, String reporter, String decider) {
        this.state = value.state();
        this.report = value.report();
        this.evidence = CycleJson.write(value.evidence());
        if (reporter != null) {
            this.reportedBy = reporter;
        }
        this.reportedAt = value.reportedAt();
        this.reports = value.reports();
        this.decisionReason = value.decision();
        if (decider != null) {
            this.decidedBy = decider;
        }
        this.decidedAt = value.decidedAt();
    }

    UUID cycleId() {
        return cycleId;
    }

    UUID unitId() {
        return unitId;
    }

    RectificationView view(String cycleCode, String unitCode, ZoneId zone, Instant now) {
        Rectification value = progress(zone);
        return new RectificationView(id, cycleCode, unitCode, reason, subject, note, orderedAt, orderedBy, dueDate,
                dueEnd, state, value.overdueAt(now), report, value.evidence(), reportedBy, reportedAt,
                value.reportedLate(), reports, decisionReason, decidedBy, decidedAt);
    }

    Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("reason", reason.name());
        view.put("subject", subject);
        view.put("dueDate", dueDate.toString());
        view.put("state", state.name());
        view.put("reportLength", report == null ? 0 : report.length());
        view.put("evidence", CycleJson.read(evidence, IDS));
        view.put("reports", reports);
        view.put("decisionReason", decisionReason);
        return view;
    }
}
