package gongkai.survey;

import gongkai.survey.results.CampaignAccumulator;
import gongkai.survey.results.CampaignAggregator;
import gongkai.survey.results.CampaignResult;
import gongkai.survey.results.QualityRules;
import gongkai.survey.results.ScoringModel;
import gongkai.survey.results.PanelAgreement;
import gongkai.survey.results.UnitCode;
import gongkai.survey.results.UnitResults;
import gongkai.survey.results.UnitResult;
import com.fasterxml.jackson.databind.JsonNode;
import gongkai.error.Check;
import gongkai.error.DomainException;
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

    @Inject
    gongkai.audit.AuditLog audit;

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
     * Reads the campaign's running tallies ({@link ResponseTallies}) and finishes in the pure core with the
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
        CampaignAggregator aggregator = new CampaignAggregator(model, codes, campaign.rules().resultRules());
        CampaignAccumulator accumulator = aggregator.newAccumulator();
        ResponseTallies.accumulate(tenancy.entityManager(), model, campaign.id().toString(), unitIndex, accumulator);
        return aggregator.result(accumulator);
    }

    /**
     * The responses a quality check flagged (at submission or now), oldest first, with the administrator's review:
     * what the review screen lists. Answers are shown, network and browser hashes never.
     */
    @Transactional
    public List<FlaggedResponse> flagged(String campaignCode) {
        TenantContext.current().requireRole(Role.TENANT_ADMIN, Role.ASSESSOR);
        Campaign campaign = campaigns.find(campaignCode);
        return flaggedResponses(campaign, null);
    }

    /**
     * The administrator's decision on a flagged response: EXCLUDED leaves it out of the "excluding" figure, KEPT
     * counts it there too, null withdraws the decision. Only flagged responses are reviewed.
     */
    @Transactional
    public FlaggedResponse review(String campaignCode, ResponseReview review) {
        Check.present("body", review);
        TenantContext.current().requireChange(Role.TENANT_ADMIN);
        Check.present("responseId", review.responseId());
        FlaggedResponse target = flaggedResponses(campaigns.find(campaignCode), review.responseId()).stream()
                .findFirst().orElseThrow(() -> DomainException.invalid("responseId",
                        "no flagged response " + review.responseId() + " in campaign " + campaignCode));
        tenancy.entityManager().createNativeQuery("update survey_response set review = ?1 where id = ?2")
                .setParameter(1, review.decision() == null ? null : review.decision().name())
                .setParameter(2, review.responseId().toString()).executeUpdate();
        audit.record("REVIEW", "survey_response", target.id(), campaignCode + " " + target.id(),
                mapOf("review", target.review()), mapOf("review", review.decision()));
        return new FlaggedResponse(target.id(), target.unitCode(), target.submittedAt(), target.secondsTaken(),
                target.flags(), review.decision(), target.answers());
    }

    /**
     * How often each option (or rating) was chosen, per question with options or a rating, over the whole campaign
     * (all responses): the charts' answer distribution. Matrix questions count per row ({@code row=option}).
     */
    @Transactional
    public List<AnswerDistribution> answerDistribution(String campaignCode) {
        TenantContext.current().requireRole(Role.TENANT_ADMIN, Role.ASSESSOR);
        Campaign campaign = campaigns.find(campaignCode);
        List<Question> questions = campaigns.questionnaireOf(campaign).definition().questions();
        List<?> rows = tenancy.entityManager().createNativeQuery("select a.key, a.value::text, count(*)"
                        + " from survey_response r, jsonb_each(r.answers) a where r.campaign_id = ?1 group by 1, 2")
                .setParameter(1, campaign.id().toString()).getResultList();
        Map<String, Map<String, Long>> counts = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            Map<String, Long> perQuestion = counts.computeIfAbsent(r[0].toString(), k -> new HashMap<>());
            long n = ((Number) r[2]).longValue();
            JsonNode value = PublicSurveys.json(r[1].toString());
            if (value.isArray()) {
                value.forEach(v -> perQuestion.merge(v.asText(), n, Long::sum));
            } else if (value.isObject()) {
                value.fields().forEachRemaining(e -> perQuestion.merge(e.getKey() + "=" + e.getValue().asText(), n, Long::sum));
            } else {
                perQuestion.merge(value.asText(), n, Long::sum);
            }
        }
        List<AnswerDistribution> result = new ArrayList<>();
        for (Question q : questions) {
            Map<String, Long> c = counts.getOrDefault(q.code(), Map.of());
            List<AnswerDistribution.Bar> bars = new ArrayList<>();
            switch (q.type()) {
                case SATISFACTION, SINGLE_CHOICE, MULTIPLE_CHOICE -> q.options().forEach(o ->
                        bars.add(new AnswerDistribution.Bar(o.code(), o.label().zhHans(), c.getOrDefault(o.code(), 0L))));
                case RATING -> {
                    for (int v = 0; v <= 10; v++) {
                        bars.add(new AnswerDistribution.Bar(String.valueOf(v), String.valueOf(v), c.getOrDefault(String.valueOf(v), 0L)));
                    }
                }
                case MATRIX -> q.rows().forEach(row -> q.options().forEach(o -> bars.add(new AnswerDistribution.Bar(
                        row.code() + "=" + o.code(), row.label().zhHans() + " · " + o.label().zhHans(),
                        c.getOrDefault(row.code() + "=" + o.code(), 0L)))));
                case TEXT -> {
                    continue;
                }
            }
            result.add(new AnswerDistribution(q.code(), q.text().zhHans(), q.type(), bars));
        }
        return result;
    }

    /**
     * Per unit, how many five-level answers fell on each level (most satisfied first), over every satisfaction
     * question and all responses: the chart of level distribution per unit.
     */
    @Transactional
    public List<UnitLevels> levelDistribution(String campaignCode) {
        TenantContext.current().requireRole(Role.TENANT_ADMIN, Role.ASSESSOR);
        Campaign campaign = campaigns.find(campaignCode);
        Map<String, Map<String, Integer>> levelOf = new HashMap<>();
        for (Question q : campaigns.questionnaireOf(campaign).definition().questions()) {
            if (q.type() == QuestionType.SATISFACTION) {
                Map<String, Integer> index = new HashMap<>();
                for (int i = 0; i < q.options().size(); i++) {
                    index.put(q.options().get(i).code(), i);
                }
                levelOf.put(q.code(), index);
            }
        }
        List<Unit> units = campaigns.unitsOf(campaign);
        Map<String, long[]> counts = new java.util.LinkedHashMap<>();
        Map<String, String> codeById = new HashMap<>();
        for (Unit u : units) {
            counts.put(u.code(), new long[5]);
            codeById.put(u.id().toString(), u.code());
        }
        List<?> rows = tenancy.entityManager().createNativeQuery("select r.unit_id::text, a.key, a.value, count(*)"
                        + " from survey_response r, jsonb_each_text(r.answers) a where r.campaign_id = ?1 group by 1, 2, 3")
                .setParameter(1, campaign.id().toString()).getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            Map<String, Integer> index = levelOf.get(r[1].toString());
            long[] unitCounts = counts.get(codeById.get(r[0].toString()));
            Integer level = index == null || r[2] == null ? null : index.get(r[2].toString());
            if (level != null && unitCounts != null) {
                unitCounts[level] += ((Number) r[3]).longValue();
            }
        }
        return units.stream().map(u -> new UnitLevels(u.code(), u.names().zhHans(), counts.get(u.code()))).toList();
    }

    /**
     * The campaign's flagged public responses (or the one with {@code responseId}), oldest first, with their review
     * and answers. The stored flags are complete: each response's own at submission, bursts and duplicates kept up
     * to date by ResponseWriter; the results count the same ones (gongkai_response_left_out, V13).
     */
    private List<FlaggedResponse> flaggedResponses(Campaign campaign, java.util.UUID responseId) {
        Map<String, String> unitCodes = new HashMap<>();
        campaigns.unitsOf(campaign).forEach(u -> unitCodes.put(u.id().toString(), u.code()));
        var query = tenancy.entityManager().createNativeQuery("select id::text, unit_id::text, started_at,"
                        + " submitted_at, flags, review, answers::text from survey_response"
                        + " where campaign_id = ?1 and mode = 'PUBLIC' and flags <> ''"
                        + (responseId == null ? "" : " and id = cast(?2 as uuid)") + " order by submitted_at, id")
                .setParameter(1, campaign.id().toString());
        if (responseId != null) {
            query.setParameter(2, responseId.toString());
        }
        ZoneId zone = zone();
        List<FlaggedResponse> flagged = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            Instant started = r[2] == null ? null : PublicSurveys.instant(r[2]);
            Instant submitted = PublicSurveys.instant(r[3]);
            java.util.SortedSet<String> flags = new java.util.TreeSet<>();
            for (String flag : r[4].toString().split("[,;]")) {
                if (!flag.isBlank()) {
                    flags.add(flag.strip());
                }
            }
            flagged.add(new FlaggedResponse(java.util.UUID.fromString(r[0].toString()),
                    unitCodes.getOrDefault(r[1].toString(), ""), submitted.atZone(zone).toOffsetDateTime(),
                    started == null ? null : Duration.between(started, submitted).toSeconds(), flags,
                    r[5] == null ? null : ResponseReview.Decision.valueOf(r[5].toString().strip()),
                    r[6] == null ? null : r[6].toString()));
        }
        return flagged;
    }

    private ZoneId zone() {
        return jurisdictions.byId(TenantContext.current().tenantId()).map(Tenant::timeZone)
                .orElse(ZoneId.of("Asia/Shanghai"));
    }

    private static Map<String, Object> mapOf(String key, Object value) {
        Map<String, Object> map = new HashMap<>();
        map.put(key, value == null ? null : value.toString());
        return map;
    }
}
