package gongkai.cycle;

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
import java.util.Map;
import java.util.UUID;

/** A stored assessment cycle (考核): its scheme version, period and the {@link CycleProgress} it has reached. */
@Entity
@Table(name = "cycle")
public class AssessmentCycle extends TenantOwned {

    private String code;
    @Column(name = "scheme_code")
    private String schemeCode;
    @Column(name = "scheme_version")
    private int schemeVersion;
    private String period;
    @Enumerated(EnumType.STRING)
    private CycleState state;
    @Column(name = "rules", columnDefinition = "jsonb")
    private String rules;
    @Column(name = "time_zone")
    private String timeZone;
    @Column(name = "notice_date")
    private LocalDate noticeDate;
    @Column(name = "assessment_started_on")
    private LocalDate assessmentStartedOn;
    @Column(name = "review_window_due")
    private LocalDate reviewWindowDue;
    @Column(name = "review_window_end")
    private Instant reviewWindowEnd;
    @Column(name = "review_decision_due")
    private LocalDate reviewDecisionDue;
    @Column(name = "review_decision_end")
    private Instant reviewDecisionEnd;
    @Column(name = "review_closed_at")
    private Instant reviewClosedAt;
    @Column(name = "approval_reference")
    private String approvalReference;
    @Column(name = "approved_on")
    private LocalDate approvedOn;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "cancellation_reason")
    private String cancellationReason;
    @Column(name = "survey_campaign_code")
    private String surveyCampaignCode;
    @Version
    private long version;

    protected AssessmentCycle() {
    }

    AssessmentCycle(NewCycle request, ZoneId zone) {
        super(UUID.randomUUID());
        this.code = request.code();
        this.schemeCode = request.schemeCode();
        this.schemeVersion = request.schemeVersion();
        this.period = request.period();
        this.timeZone = zone.getId();
        apply(CycleProgress.plan(request.rules()));
    }

    /** The state machine's value as stored. */
    CycleProgress progress() {
        ZoneId zone = ZoneId.of(timeZone);
        return new CycleProgress(state, CycleJson.read(rules, CycleRules.class), noticeDate, assessmentStartedOn,
                deadline(reviewWindowDue, reviewWindowEnd, zone), deadline(reviewDecisionDue, reviewDecisionEnd, zone),
                reviewClosedAt, approvalReference == null ? null
                : new LeadingGroupApproval(approvalReference, approvedOn), publishedAt, cancellationReason);
    }

    private static Deadline deadline(LocalDate due, Instant end, ZoneId zone) {
        return due == null ? null : new Deadline(due, end.atZone(zone));
    }

    /** Stores the value the state machine returned. */
    void apply(CycleProgress progress) {
        this.state = progress.state();
        this.rules = CycleJson.write(progress.rules());
        this.noticeDate = progress.noticeDate();
        this.assessmentStartedOn = progress.assessmentStartedOn();
        this.reviewWindowDue = progress.reviewWindow() == null ? null : progress.reviewWindow().dueDate();
        this.reviewWindowEnd = progress.reviewWindow() == null ? null : progress.reviewWindow().end().toInstant();
        this.reviewDecisionDue = progress.reviewDecisionDeadline() == null ? null
                : progress.reviewDecisionDeadline().dueDate();
        this.reviewDecisionEnd = progress.reviewDecisionDeadline() == null ? null
                : progress.reviewDecisionDeadline().end().toInstant();
        this.reviewClosedAt = progress.reviewClosedAt();
        this.approvalReference = progress.approval() == null ? null : progress.approval().reference();
        this.approvedOn = progress.approval() == null ? null : progress.approval().approvedOn();
        this.publishedAt = progress.publishedAt();
        this.cancellationReason = progress.cancellationReason();
    }

    public String code() {
        return code;
    }

    /** The campaign whose results feed SOCIAL components and satisfactionRate conditions; null until linked. */
    public String surveyCampaignCode() {
        return surveyCampaignCode;
    }

    void linkSurveyCampaign(String campaignCode) {
        this.surveyCampaignCode = campaignCode;
    }

    String schemeCode() {
        return schemeCode;
    }

    int schemeVersion() {
        return schemeVersion;
    }

    String period() {
        return period;
    }

    CycleState state() {
        return state;
    }

    ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    CycleSummary summary() {
        return new CycleSummary(code, schemeCode, schemeVersion, period, state);
    }

    Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("code", code);
        view.put("scheme", schemeCode + " v" + schemeVersion);
        view.put("period", period);
        view.put("state", state.name());
        view.put("noticeDate", noticeDate == null ? null : noticeDate.toString());
        view.put("assessmentStartedOn", assessmentStartedOn == null ? null : assessmentStartedOn.toString());
        view.put("reviewWindowEnd", reviewWindowEnd == null ? null : reviewWindowEnd.toString());
        view.put("reviewClosedAt", reviewClosedAt == null ? null : reviewClosedAt.toString());
        view.put("approval", approvalReference == null ? null : approvalReference + " (" + approvedOn + ")");
        view.put("publishedAt", publishedAt == null ? null : publishedAt.toString());
        view.put("cancellationReason", cancellationReason);
        return view;
    }
}
