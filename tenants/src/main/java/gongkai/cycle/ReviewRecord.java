package gongkai.cycle;

import gongkai.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A stored review request (复核) of one unit on one indicator, with the decision and the score before and after. */
@Entity
@Table(name = "review_request")
public class ReviewRecord extends TenantOwned {

    @Column(name = "cycle_id")
    private UUID cycleId;
    @Column(name = "unit_id")
    private UUID unitId;
    private String indicator;
    private String reason;
    @Column(name = "requested_by")
    private String requestedBy;
    @Column(name = "requested_at")
    private Instant requestedAt;
    private Boolean accepted;
    @Column(name = "decided_reason")
    private String decidedReason;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    private boolean late;
    @Column(name = "old_score")
    private BigDecimal oldScore;
    @Column(name = "new_score")
    private BigDecimal newScore;
    @Version
    private long version;

    protected ReviewRecord() {
    }

    ReviewRecord(UUID cycleId, UUID unitId, ReviewRequest request, String requestedBy, BigDecimal oldScore) {
        super(UUID.randomUUID());
        this.cycleId = cycleId;
        this.unitId = unitId;
        this.indicator = request.indicator();
        this.reason = request.reason();
        this.requestedAt = request.requestedAt();
        this.requestedBy = requestedBy;
        this.oldScore = points(oldScore);
    }

    void decide(ReviewRequest.Decision decision, String decidedBy, BigDecimal newScore) {
        this.accepted = decision.accepted();
        this.decidedReason = decision.reason();
        this.decidedAt = decision.decidedAt();
        this.late = decision.late();
        this.decidedBy = decidedBy;
        this.newScore = points(newScore);
    }

    /** Points as the engine writes them, with two decimals ("12.00"); the input was checked to have at most two. */
    private static BigDecimal points(BigDecimal points) {
        return points == null ? null : points.setScale(2, RoundingMode.UNNECESSARY);
    }

    UUID unitId() {
        return unitId;
    }

    String indicator() {
        return indicator;
    }

    ReviewRequest value() {
        return new ReviewRequest(indicator, reason, requestedAt, accepted == null ? null
                : new ReviewRequest.Decision(accepted, decidedReason, decidedAt, late));
    }

    ReviewView view(String unitCode) {
        return new ReviewView(id, unitCode, indicator, reason, requestedBy, requestedAt, accepted, decidedReason,
                decidedBy, decidedAt, late, oldScore == null ? null : oldScore.toPlainString(),
                newScore == null ? null : newScore.toPlainString());
    }

    Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("indicator", indicator);
        view.put("reason", reason);
        view.put("accepted", accepted);
        view.put("decidedReason", decidedReason);
        view.put("score", newScore == null ? (oldScore == null ? null : oldScore.toPlainString())
                : newScore.toPlainString());
        return view;
    }
}
