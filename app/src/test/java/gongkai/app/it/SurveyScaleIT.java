package gongkai.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static gongkai.app.it.PublicSurveyIT.openCampaign;
import static gongkai.app.it.PublicSurveyIT.response;
import static gongkai.app.it.PublicSurveyIT.stored;
import static gongkai.app.it.PublicSurveyIT.submit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5 at scale: group-committed public submissions (many at once, each answered after its commit, a retried
 * key stored once), quality flags kept as responses arrive, results summed in the database with the campaign's
 * rules, and the link from a cycle to the campaign its social evaluation comes from.
 */
class SurveyScaleIT {

    /** Answers that are neither straight-lined nor alike between i values. */
    static Map<String, Object> varied(String unitCode, int i) {
        String[] options = {"SATISFIED", "FAIRLY_SATISFIED", "BASICALLY_SATISFIED", "NOT_VERY_SATISFIED", "DISSATISFIED"};
        Map<String, Object> answers = new HashMap<>();
        int q = 0;
        for (String code : PublicSurveyIT.REQUIRED) {
            answers.put(code, options[(i + q * (q + 1) / 2 + (i / 5) * q) % 5]);
            q++;
        }
        answers.put("overall-rating", i % 11);
        return Map.of("unitCode", unitCode, "answers", answers);
    }

    @Test
    void many_concurrent_submissions_are_each_stored_once_and_answered_after_their_commit() throws Exception {
        TestTenant t = TestTenant.create("sc-many");
        String slug = openCampaign(t, "pub");
        String retried = UUID.randomUUID().toString();
        List<Callable<PublicSurveyIT.Reply>> calls = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            int n = i;
            calls.add(() -> submit(slug, response(n % 2 == 0 ? "edu-" + t.suffix : "fin-" + t.suffix, "SATISFIED"),
                    UUID.randomUUID().toString(), null));
        }
        for (int i = 0; i < 6; i++) {
            calls.add(() -> submit(slug, response("edu-" + t.suffix, "FAIRLY_SATISFIED"), retried, null));
        }
        List<Integer> statuses = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(24);
        try {
            for (Future<PublicSurveyIT.Reply> reply : threads.invokeAll(calls)) {
                statuses.add(reply.get().status());
            }
        } finally {
            threads.shutdown();
        }
        // 20 requests: within one address's burst allowance (GONGKAI_SURVEY_RATE_BURST, 20 by default)
        assertThat(statuses.stream().filter(s -> s == 201).count()).as(statuses.toString()).isEqualTo(15);
        assertThat(statuses.stream().filter(s -> s == 200).count()).as("the retried key").isEqualTo(5);
        assertThat(stored(slug)).isEqualTo(15);
    }

    @Test
    void duplicates_and_bursts_are_flagged_as_they_arrive_and_results_show_both_figures() throws Exception {
        TestTenant t = TestTenant.create("sc-flags");
        String slug = openCampaign(t, "pub");
        String edu = "edu-" + t.suffix;
        // two alike varied responses about edu: both DUPLICATE_PATTERN
        assertThat(submit(slug, varied(edu, 1), null, null).status()).isEqualTo(201);
        assertThat(submit(slug, varied(edu, 1), null, null).status()).isEqualTo(201);
        assertThat(flagsOf(slug)).containsOnly("DUPLICATE_PATTERN");
        // eight more from the same address within minutes: ten in all, a burst: every one flagged
        for (int i = 2; i < 10; i++) {
            assertThat(submit(slug, varied(edu, i * 7), null, null).status()).isEqualTo(201);
        }
        assertThat(flagsOf(slug)).hasSize(10).allSatisfy(f -> assertThat(f).contains("ADDRESS_BURST"));

        JsonNode unit = t.office().get(t.path("/campaigns/pub/results")).json().at("/units/0");
        assertThat(unit.at("/allResponses/responses").asLong()).isEqualTo(10);
        assertThat(unit.at("/allResponses/counted").asLong()).isEqualTo(10);
        assertThat(unit.at("/allResponses/flagged").asLong()).isEqualTo(10);
        assertThat(unit.at("/excludingFlagged/counted").asLong()).isZero();
        assertThat(unit.at("/excludingFlagged/excludedFlagged").asLong()).isEqualTo(10);
    }

    @Test
    void the_results_use_the_campaigns_weights_thresholds_and_minimum_sample() {
        TestTenant t = TestTenant.create("sc-rules");
        String slug = openCampaign(t, "pub");
        String edu = "edu-" + t.suffix;
        // every five-level answer satisfied, rating 8: content..attitude 100 each, effect (100 + 80) / 2 = 90
        assertThat(submit(slug, response(edu, "SATISFIED"), null, null).status()).isEqualTo(201);
        JsonNode before = t.office().get(t.path("/campaigns/pub/results")).json().at("/units/0/allResponses");
        assertThat(before.get("score").decimalValue()).isEqualByComparingTo("98.57");
        assertThat(before.get("level").asText()).isEqualTo("SATISFIED");

        Api.Reply rules = t.office().get(t.path("/campaigns/pub/rules"));
        assertThat(rules.status()).as(rules.toString()).isEqualTo(200);
        assertThat(rules.json().get("publicWeight").asInt()).isEqualTo(100);

        Api.Reply bad = t.office().put(t.path("/campaigns/pub/rules"), Map.of("publicWeight", 60, "panelWeight", 30,
                "levelBasis", "SCORE", "satisfiedFrom", 99, "basicallySatisfiedFrom", 60,
                "minimumPublicResponses", 1, "minimumPanelResponses", 1));
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.json().at("/errors/0/field").asText()).isEqualTo("panelWeight");
        assertThat(t.users.get("ASSESSOR").put(t.path("/campaigns/pub/rules"), Map.of("publicWeight", 60,
                "panelWeight", 40, "levelBasis", "SCORE", "satisfiedFrom", 99, "basicallySatisfiedFrom", 60,
                "minimumPublicResponses", 1, "minimumPanelResponses", 1)).status()).isEqualTo(403);

        Api.Reply set = t.office().put(t.path("/campaigns/pub/rules"), Map.of("publicWeight", 60, "panelWeight", 40,
                "levelBasis", "SCORE", "satisfiedFrom", 99, "basicallySatisfiedFrom", 60,
                "minimumPublicResponses", 1, "minimumPanelResponses", 1));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().get("satisfiedFrom").decimalValue()).isEqualByComparingTo("99");
        JsonNode after = t.office().get(t.path("/campaigns/pub/results")).json().at("/units/0/allResponses");
        assertThat(after.get("score").decimalValue()).as("no panel response: the public part alone")
                .isEqualByComparingTo("98.57");
        assertThat(after.get("level").asText()).as("98.57 < 99 on the score").isEqualTo("BASICALLY_SATISFIED");
        assertThat(after.get("warnings").toString()).contains("PART_MISSING");
        assertThat(after.get("warnings").toString()).doesNotContain("BELOW_MINIMUM_PUBLIC");
    }

    @Test
    void a_cycle_is_linked_to_the_campaign_its_social_evaluation_comes_from() {
        TestTenant t = TestTenant.create("sc-link");
        openCampaign(t, "pub");
        String scheme = "sch-" + t.suffix;
        assertThat(t.office().post(t.path("/schemes"), Map.of("code", scheme, "year", 2026,
                "template", "jinchang-2022")).status()).isEqualTo(201);
        assertThat(t.office().post(t.path("/schemes/" + scheme + "/versions/1/approval"), Map.of()).status())
                .isEqualTo(200);
        assertThat(t.office().post(t.path("/cycles"), Map.of("code", "annual", "schemeCode", scheme,
                "schemeVersion", 1, "period", "2026", "unitCodes", List.of("edu-" + t.suffix))).status())
                .isEqualTo(201);

        Api.Reply unknown = t.office().put(t.path("/cycles/annual/social-evaluation"), Map.of("campaignCode", "nope"));
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
        assertThat(unknown.json().at("/errors/0/field").asText()).isEqualTo("campaignCode");
        Api.Reply linked = t.office().put(t.path("/cycles/annual/social-evaluation"), Map.of("campaignCode", "pub"));
        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
        assertThat(t.office().get(t.path("/cycles/annual/social-evaluation")).json().get("campaignCode").asText())
                .isEqualTo("pub");
        assertThat(t.users.get("UNIT_LIAISON").put(t.path("/cycles/annual/social-evaluation"),
                Map.of("campaignCode", "pub")).status()).isEqualTo(403);
    }

    static List<String> flagsOf(String slug) throws Exception {
        List<String> flags = new ArrayList<>();
        try (Connection c = Server.get().ownerConnection(); PreparedStatement s = c.prepareStatement(
                "select r.flags from survey_response r join campaign c on c.tenant_id = r.tenant_id"
                        + " and c.id = r.campaign_id where c.slug = ? order by r.submitted_at")) {
            s.setString(1, slug);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    flags.add(rs.getString(1));
                }
            }
        }
        return flags;
    }
}
