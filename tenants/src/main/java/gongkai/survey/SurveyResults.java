package gongkai.survey;

import gongkai.survey.results.CampaignAccumulator;
import gongkai.survey.results.CampaignAggregator;
import gongkai.survey.results.CampaignResult;
import gongkai.survey.results.EvaluationMode;
import gongkai.survey.results.LevelThresholds;
import gongkai.survey.results.PartWeights;
import gongkai.survey.results.QualityChecks;
import gongkai.survey.results.QualityFlag;
import gongkai.survey.results.QualityRules;
import gongkai.survey.results.ResponseFacts;
import gongkai.survey.results.ResponseId;
import gongkai.survey.results.ResultRules;
import gongkai.survey.results.ScoringModel;
import gongkai.survey.results.UnitCode;
import gongkai.survey.results.UnitResults;
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
import java.util.Set;

/**
 * A campaign's results with the pure core (docs/decisions/005-survey-results-aggregation.md): the quality checks
 * flag responses (never delete), and every unit gets both figures, with all responses and without flagged ones.
 * Read by the office and assessors.
 *
 * <p>Until tenants configure them, the rules are the seeds' common ones: the public part alone (no panel yet),
 * the level from the satisfaction rate, satisfied from 80%, basically satisfied from 60% (Jinchang 2022 Art. 8),
 * and a warning below 30 public responses.
 */
@ApplicationScoped
public class SurveyResults {

    static final ResultRules RULES = new ResultRules(PartWeights.of("1", "0"),
            ResultRules.MissingPartPolicy.USE_PRESENT_PART, ResultRules.LevelBasis.SATISFACTION_RATE,
            LevelThresholds.inclusive("80", "60"), 30, 5);
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
                } else if (a.isObject()) {
                    List<String> cells = new ArrayList<>();
                    a.fields().forEachRemaining(e -> cells.add(e.getKey() + "=" + e.getValue().asText()));
                    line.add(String.join(";", cells));
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
        ScoringModel model = campaigns.questionnaireOf(campaign).definition().scoringModel();
        List<Unit> units = campaigns.unitsOf(campaign);
        Map<String, Unit> unitsById = new HashMap<>();
        List<UnitCode> codes = new ArrayList<>();
        for (Unit u : units) {
            unitsById.put(u.id().toString(), u);
            codes.add(new UnitCode(u.code()));
        }
        List<?> rows = tenancy.entityManager().createNativeQuery("select unit_id::text, array_to_string(scored, ','),"
                        + " flags, address_hash, started_at, submitted_at from survey_response"
                        + " where campaign_id = ?1 and mode = 'PUBLIC' order by submitted_at, id")
                .setParameter(1, campaign.id().toString()).getResultList();
        List<ResponseFacts> facts = new ArrayList<>(rows.size());
        List<Boolean> storedFlag = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Object[] r = (Object[]) rows.get(i);
            Unit unit = unitsById.get(r[0].toString());
            String[] parts = r[1].toString().split(",");
            int[] answers = new int[parts.length];
            for (int q = 0; q < parts.length; q++) {
                answers[q] = Integer.parseInt(parts[q].strip());
            }
            Instant started = r[4] == null ? null : PublicSurveys.instant(r[4]);
            facts.add(new ResponseFacts(new ResponseId(i), new UnitCode(unit.code()),
                    r[3] == null ? null : r[3].toString().strip(), started, PublicSurveys.instant(r[5]), answers));
            storedFlag.add(r[2] != null && !r[2].toString().isBlank());
        }
        Map<ResponseId, Set<QualityFlag>> flags = QualityChecks.flag(model, facts, QUALITY);
        CampaignAggregator aggregator = new CampaignAggregator(model, codes, RULES);
        CampaignAccumulator accumulator = aggregator.newAccumulator();
        for (int i = 0; i < facts.size(); i++) {
            ResponseFacts f = facts.get(i);
            accumulator.accept(aggregator.indexOf(f.unit()), EvaluationMode.PUBLIC,
                    storedFlag.get(i) || flags.containsKey(f.id()), f.answers());
        }
        CampaignResult result = aggregator.result(accumulator);
        List<UnitEvaluation> evaluations = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            UnitResults r = result.units().get(u);
            evaluations.add(new UnitEvaluation(units.get(u).code(), units.get(u).names(),
                    UnitFigures.of(r.allResponses()), UnitFigures.of(r.excludingFlagged())));
        }
        return new CampaignResults(campaign.code(), campaign.statusAt(Instant.now()), facts.size(), evaluations);
    }
}
