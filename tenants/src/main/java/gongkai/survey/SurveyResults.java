package gongkai.survey;

import gongkai.survey.results.CampaignAccumulator;
import gongkai.survey.results.CampaignAggregator;
import gongkai.survey.results.CampaignResult;
import gongkai.survey.results.EvaluationMode;
import gongkai.survey.results.QualityRules;
import gongkai.survey.results.ScoringModel;
import gongkai.survey.results.PanelAgreement;
import gongkai.survey.results.UnitCode;
import gongkai.survey.results.UnitResults;
import gongkai.survey.results.UnitResult;
import gongkai.survey.results.ScoredQuestion;
import com.fasterxml.jackson.databind.JsonNode;
import gongkai.tenancy.Jurisdictions;
import gongkai.tenancy.Role;
import gongkai.tenancy.Tenancy;
import gongkai.tenancy.Tenant;
import gongkai.tenancy.TenantContext;
import gongkai.unit.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A campaign's results with the pure core (docs/decisions/005-survey-results-aggregation.md): the quality checks
 * flag responses (never delete), and every unit gets both figures, with all responses and without flagged ones.
 * Read by the office and assessors.
 *
 * <p>The rules (part weights, level basis and thresholds, minimum samples) are the campaign's
 * ({@link CampaignRules}); the quality checks' settings are {@link #QUALITY}.
 */
@ApplicationScoped
public class SurveyResults {

    /** 10 responses of one address hash within 10 minutes, patterns from 5 answers, 1 s per answered question. */
    static final QualityRules QUALITY = new QualityRules(10, Duration.ofMinutes(10), 5, Duration.ofSeconds(1));

    @Inject
    Tenancy tenancy;

    @Inject
    Campaigns campaigns;

    @Inject
    Jurisdictions jurisdictions;

    /**
     * Every stored response of a campaign as a table for export: a header row (id, unit, submission time in the
     * tenant's zone, stored flags, then one column per question code), then one row per response, oldest first;
     * choices as option codes (several joined with ';'). No address or token hash leaves the database.
     */
    @Transactional
    public List<List<String>> responseTable(String campaignCode) {
        TenantContext.current().requireRole(Role.TENANT_ADMIN, Role.ASSESSOR);
        Campaign campaign = campaigns.find(campaignCode);
        List<Question> questions = campaigns.questionnaireOf(campaign).definition().questions();
        Map<String, String> unitCodes = new HashMap<>();
        for (Unit u : campaigns.unitsOf(campaign)) {
            unitCodes.put(u.id().toString(), u.code());
        }
        ZoneId zone = jurisdictions.byId(TenantContext.current().tenantId()).map(Tenant::timeZone)
                .orElse(ZoneId.of("Asia/Shanghai"));
        List<List<String>> table = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("id", "unitCode", "submittedAt", "flags"));
        questions.forEach(q -> header.add(q.code()));
        table.add(header);
        List<?> rows = tenancy.entityManager().createNativeQuery("select id::text, unit_id::text, submitted_at,"
                        + " flags, answers::text from survey_response where campaign_id = ?1 order by submitted_at, id")
                .setParameter(1, campaign.id().toString()).getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            JsonNode answers = PublicSurveys.json(r[4].toString());
            List<String> line = new ArrayList<>(List.of(r[0].toString(), unitCodes.getOrDefault(r[1].toString(), ""),
                    PublicSurveys.instant(r[2]).atZone(zone).toOffsetDateTime().toString(),
                    r[3] == null ? "" : r[3].toString()));
            for (Question q : questions) {
                JsonNode a = answers.get(q.code());
                if (a == null || a.isNull()) {
                    line.add("");
                } else if (a.isArray()) {
                    List<String> codes = new ArrayList<>();
                    a.forEach(x -> codes.add(x.asText()));
                    line.add(String.join(";", codes));
                } else {
                    line.add(a.asText());
                }
            }
            table.add(line);
        }
        return table;
    }

    @Transactional
    public CampaignResults of(String campaignCode) {
        TenantContext.current().requireRole(Role.TENANT_ADMIN, Role.ASSESSOR);
        Campaign campaign = campaigns.find(campaignCode);
        List<Unit> units = campaigns.unitsOf(campaign);
        CampaignResult result = aggregate(campaign, units);
        List<UnitEvaluation> evaluations = new ArrayList<>();
        long responses = 0;
        for (int u = 0; u < units.size(); u++) {
            UnitResults r = result.units().get(u);
            responses += r.allResponses().publicPart().counts().total()
                    + r.allResponses().representativePart().counts().total();
            evaluations.add(new UnitEvaluation(units.get(u).code(), units.get(u).names(),
                    UnitFigures.of(r.allResponses()), UnitFigures.of(r.excludingFlagged())));
        }
        return new CampaignResults(campaign.code(), campaign.statusAt(Instant.now()), responses, evaluations,
                panelAgreement(campaign, units));
    }

    /**
     * One unit's result in a campaign, for the assessment (issue 5: a scheme's SOCIAL component and its
     * satisfactionRate condition): the figure without flagged responses. Empty when the campaign does not evaluate
     * the unit. Any role of the tenant may read it through a cycle.
     */
    @Transactional
    public Optional<UnitResult> unitResult(String campaignCode, UUID unitId) {
        Campaign campaign = campaigns.find(campaignCode);
        List<Unit> units = campaigns.unitsOf(campaign);
        for (int u = 0; u < units.size(); u++) {
            if (units.get(u).id().equals(unitId)) {
                return Optional.of(aggregate(campaign, units).units().get(u).excludingFlagged());
            }
        }
        return Optional.empty();
    }

    /**
     * The panel's agreement over the units: each member's score of each unit (a response's score, as
     * ScoringModel defines it; NaN where the member did not score the unit), Krippendorff's alpha and the ICCs.
     */
    private PanelAgreementFigures panelAgreement(Campaign campaign, List<Unit> units) {
        ScoringModel model = campaigns.questionnaireOf(campaign).definition().scoringModel();
        Map<String, Integer> unitIndex = new HashMap<>();
        for (int u = 0; u < units.size(); u++) {
            unitIndex.put(units.get(u).id().toString(), u);
        }
        Map<String, double[]> byMember = new java.util.LinkedHashMap<>();
        int scores = 0;
        for (Object row : tenancy.entityManager().createNativeQuery("select panel_member_id::text, unit_id::text,"
                        + " array_to_string(scored, ',') from survey_response where campaign_id = ?1"
                        + " and panel_member_id is not null order by panel_member_id")
                .setParameter(1, campaign.id().toString()).getResultList()) {
            Object[] r = (Object[]) row;
            Integer unit = unitIndex.get(r[1].toString());
            if (unit == null) {
                continue;
            }
            String[] parts = r[2].toString().split(",");
            int[] answers = new int[parts.length];
            for (int q = 0; q < parts.length; q++) {
                answers[q] = Integer.parseInt(parts[q].strip());
            }
            java.util.Optional<java.math.BigDecimal> score = model.score(answers).score();
            if (score.isEmpty()) {
                continue;
            }
            double[] row2 = byMember.computeIfAbsent(r[0].toString(), k -> {
                double[] empty = new double[units.size()];
                java.util.Arrays.fill(empty, Double.NaN);
                return empty;
            });
            row2[unit] = score.get().doubleValue();
            scores++;
        }
        if (byMember.size() < 2) {
            return new PanelAgreementFigures(byMember.size(), scores, null, null, null, null);
        }
        return PanelAgreementFigures.of(byMember.size(), scores,
                PanelAgreement.measure(byMember.values().toArray(new double[0][])));
    }

    /**
     * Sums the campaign's responses in the database ({@link ResponseTotals}) and finishes in the pure core with the
     * campaign's rules. Flags are those stored with the responses: each response's own at submission, bursts and
     * duplicates kept up to date as responses arrive (ResponseWriter).
     */
    private CampaignResult aggregate(Campaign campaign, List<Unit> units) {
        ScoringModel model = campaigns.questionnaireOf(campaign).definition().scoringModel();
        Map<String, Integer> unitIndex = new HashMap<>();
        List<UnitCode> codes = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            unitIndex.put(units.get(u).id().toString(), u);
            codes.add(new UnitCode(units.get(u).code()));
        }
        List<ScoredQuestion> questions = model.questions();
        CampaignAggregator aggregator = new CampaignAggregator(model, codes, campaign.rules().resultRules());
        CampaignAccumulator accumulator = aggregator.newAccumulator();
        List<?> rows = tenancy.entityManager().createNativeQuery(ResponseTotals.sql(model))
                .setParameter(1, campaign.id().toString()).getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            Integer unit = unitIndex.get(r[0].toString());
            if (unit == null) {
                continue; // a unit no longer in the campaign
            }
            long[][] counts = new long[questions.size()][];
            int column = 7;
            for (int q = 0; q < questions.size(); q++) {
                counts[q] = new long[questions.get(q).answerCount()];
                for (int a = 0; a < counts[q].length; a++) {
                    counts[q][a] = ((Number) r[column++]).longValue();
                }
            }
            accumulator.acceptTotals(unit, EvaluationMode.valueOf(r[1].toString()), (Boolean) r[3],
                    ((Number) r[2]).longValue(), ((Number) r[4]).longValue(), counts,
                    ((Number) r[5]).doubleValue(), ((Number) r[6]).doubleValue());
        }
        return aggregator.result(accumulator);
    }
}
