package gongkai.cycle;

import com.fasterxml.jackson.core.type.TypeReference;
import gongkai.scoring.Grade;
import gongkai.scoring.ScoreSheet;
import gongkai.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One assessed unit in a cycle: its assessors, self-assessment, scores, events and results. */
@Entity
@Table(name = "cycle_unit")
public class CycleUnit extends TenantOwned {

    private static final TypeReference<Map<String, BigDecimal>> SELF_SCORES = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, AssessorScore>> SCORES = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> NAMES = new TypeReference<>() {
    };

    @Column(name = "cycle_id")
    private UUID cycleId;
    @Column(name = "unit_id")
    private UUID unitId;
    @Column(name = "assessors", columnDefinition = "jsonb")
    private String assessors;
    @Column(name = "self_scores", columnDefinition = "jsonb")
    private String selfScores;
    @Column(name = "self_report")
    private String selfReport;
    @Column(name = "self_submitted_at")
    private Instant selfSubmittedAt;
    @Column(name = "scores", columnDefinition = "jsonb")
    private String scores;
    @Column(name = "scored_at")
    private Instant scoredAt;
    @Column(name = "events", columnDefinition = "jsonb")
    private String events;
    @Column(name = "preliminary_total")
    private BigDecimal preliminaryTotal;
    @Column(name = "preliminary_grade")
    @Enumerated(EnumType.STRING)
    private Grade preliminaryGrade;
    @Column(name = "preliminary_explanation", columnDefinition = "jsonb")
    private String preliminaryExplanation;
    @Column(name = "final_grade")
    @Enumerated(EnumType.STRING)
    private Grade finalGrade;
    @Version
    private long version;
    /** The parsed scores, kept while this instance lives (one transaction): a cycle's views read them often. */
    @jakarta.persistence.Transient
    private Map<String, AssessorScore> parsedScores;

    protected CycleUnit() {
    }

    CycleUnit(UUID cycleId, UUID unitId) {
        super(UUID.randomUUID());
        this.cycleId = cycleId;
        this.unitId = unitId;
        this.assessors = "[]";
        this.scores = "{}";
        this.events = CycleJson.write(CycleEvents.none());
    }

    UUID cycleId() {
        return cycleId;
    }

    UUID unitId() {
        return unitId;
    }

    List<String> assessors() {
        return CycleJson.read(assessors, NAMES);
    }

    void assign(List<String> usernames) {
        this.assessors = CycleJson.write(usernames);
    }

    CycleEvents events() {
        return CycleJson.read(events, CycleEvents.class);
    }

    void record(CycleEvents given) {
        this.events = CycleJson.write(given);
    }

    Map<String, AssessorScore> scores() {
        if (parsedScores == null) {
            parsedScores = java.util.Collections.unmodifiableMap(CycleJson.read(scores, SCORES));
        }
        return parsedScores;
    }

    /** The pure value of this unit's progress, with its review requests in the order they were made. */
    UnitProgress progress(List<ReviewRecord> requests) {
        SelfAssessment self = selfScores == null && selfReport == null ? null
                : new SelfAssessment(selfScores == null ? null : CycleJson.read(selfScores, SELF_SCORES), selfReport,
                null);
        return new UnitProgress(self, selfSubmittedAt, scores(), scoredAt,
                requests.stream().map(ReviewRecord::value).toList(), finalGrade);
    }

    /** Stores what the pure value holds (review requests are rows of their own). */
    void apply(UnitProgress progress) {
        SelfAssessment self = progress.selfAssessment();
        this.selfScores = self == null ? null : CycleJson.write(self.selfScores());
        this.selfReport = self == null ? null : self.report();
        this.selfSubmittedAt = progress.selfAssessmentSubmittedAt();
        this.scores = CycleJson.write(progress.scores());
        this.parsedScores = null;
        this.scoredAt = progress.scoredAt();
        this.finalGrade = progress.finalGrade();
    }

    void preliminary(ScoreSheet sheet) {
        this.preliminaryTotal = new BigDecimal(sheet.total());
        this.preliminaryGrade = sheet.grade();
        this.preliminaryExplanation = CycleJson.write(sheet);
    }

    ScoreSheet preliminarySheet() {
        return preliminaryExplanation == null ? null : CycleJson.read(preliminaryExplanation, ScoreSheet.class);
    }

    Grade preliminaryGrade() {
        return preliminaryGrade;
    }

    Grade finalGrade() {
        return finalGrade;
    }

    Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("assessors", assessors());
        view.put("selfScores", selfScores == null ? null : CycleJson.read(selfScores, SELF_SCORES));
        view.put("selfReportLength", selfReport == null ? 0 : selfReport.length());
        view.put("selfSubmittedAt", selfSubmittedAt == null ? null : selfSubmittedAt.toString());
        view.put("scores", scores());
        view.put("scoredAt", scoredAt == null ? null : scoredAt.toString());
        view.put("events", events());
        view.put("preliminaryTotal", preliminaryTotal == null ? null : preliminaryTotal.toPlainString());
        view.put("preliminaryGrade", preliminaryGrade == null ? null : preliminaryGrade.name());
        view.put("finalGrade", finalGrade == null ? null : finalGrade.name());
        return view;
    }
}
