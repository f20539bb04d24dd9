package gongkai.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Representative evaluation (issue 5): the office invites typed panel members with personal links (no account),
 * members score each unit on their form, the office sees who has finished and records reminders, and the results
 * weigh the panel's part and show its agreement.
 */
class PanelIT {

    static Map<String, Object> scores(String option, int rating) {
        Map<String, Object> answers = new HashMap<>();
        for (String q : PublicSurveyIT.REQUIRED) {
            answers.put(q, option);
        }
        answers.put("overall-rating", rating);
        return Map.of("answers", answers);
    }

    @Test
    void panel_members_score_units_by_their_personal_link_and_the_office_sees_who_has_finished() {
        TestTenant t = TestTenant.create("pn-flow");
        LocalDateTime now = LocalDateTime.now();
        Api.Reply campaign = t.office().post(t.path("/campaigns"), Map.of("code", "rep", "names", Map.of("zhHans", "代表评议"),
                "unitCodes", List.of("edu-" + t.suffix, "fin-" + t.suffix), "opensAt", now.minusDays(1).toString(),
                "closesAt", now.plusDays(10).toString(), "modes", List.of("PUBLIC", "REPRESENTATIVE")));
        assertThat(campaign.status()).as(campaign.toString()).isEqualTo(201);

        Api.Reply first = t.office().post(t.path("/campaigns/rep/panel"), Map.of("name", "张代表", "type", "NPC_DEPUTY"));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        Api.Reply second = t.office().post(t.path("/campaigns/rep/panel"), Map.of("name", "李委员", "type", "CPPCC_MEMBER"));
        String firstToken = first.json().get("token").asText();
        String secondToken = second.json().get("token").asText();
        assertThat(first.json().get("link").asText()).isEqualTo("/api/v1/public/panel/" + firstToken);
        Api.Reply badType = t.office().post(t.path("/campaigns/rep/panel"), Map.of("name", "王", "type", "MAYOR"));
        assertThat(badType.status()).isEqualTo(400);
        assertThat(t.users.get("ASSESSOR").post(t.path("/campaigns/rep/panel"),
                Map.of("name", "王", "type", "MEDIA")).status()).isEqualTo(403);

        Api.Reply form = Api.anonymous().get("/api/v1/public/panel/" + firstToken);
        assertThat(form.status()).as(form.toString()).isEqualTo(200);
        assertThat(form.json().get("memberType").asText()).isEqualTo("NPC_DEPUTY");
        assertThat(form.json().at("/units/0/scored").asBoolean()).isFalse();
        assertThat(Api.anonymous().get("/api/v1/public/panel/unknown-token-0123456789").status()).isEqualTo(404);

        String edu = "/api/v1/public/panel/" + firstToken + "/units/edu-" + t.suffix;
        Api.Reply invalid = Api.anonymous().put(edu, Map.of("answers", Map.of("content", "SATISFIED")));
        assertThat(invalid.status()).as(invalid.toString()).isEqualTo(400);
        assertThat(invalid.json().at("/errors/0/field").asText()).startsWith("answers.");
        assertThat(Api.anonymous().put(edu, scores("DISSATISFIED", 0)).status()).isEqualTo(200);
        assertThat(Api.anonymous().put(edu, scores("SATISFIED", 9)).status()).as("corrected").isEqualTo(200);
        assertThat(Api.anonymous().put("/api/v1/public/panel/" + firstToken + "/units/fin-" + t.suffix,
                scores("BASICALLY_SATISFIED", 6)).status()).isEqualTo(200);
        assertThat(Api.anonymous().put("/api/v1/public/panel/" + secondToken + "/units/edu-" + t.suffix,
                scores("FAIRLY_SATISFIED", 8)).status()).isEqualTo(200);
        assertThat(Api.anonymous().put("/api/v1/public/panel/" + secondToken + "/units/fin-" + t.suffix,
                scores("NOT_VERY_SATISFIED", 4)).status()).isEqualTo(200);

        Api.Reply panel = t.office().get(t.path("/campaigns/rep/panel"));
        assertThat(panel.status()).as(panel.toString()).isEqualTo(200);
        assertThat(panel.json().get(0).get("finished").asBoolean()).isTrue();
        assertThat(panel.json().get(0).get("unitsScored").asInt()).as("a correction replaces").isEqualTo(2);

        Api.Reply third = t.office().post(t.path("/campaigns/rep/panel"), Map.of("name", "赵记者", "type", "MEDIA"));
        String thirdId = third.json().get("memberId").asText();
        Api.Reply reminded = t.office().post(t.path("/campaigns/rep/panel/" + thirdId + "/reminders"), Map.of());
        assertThat(reminded.status()).as(reminded.toString()).isEqualTo(200);
        assertThat(reminded.json().get("reminders").asInt()).isEqualTo(1);
        assertThat(reminded.json().get("finished").asBoolean()).isFalse();

        assertThat(t.office().put(t.path("/campaigns/rep/rules"), Map.of("publicWeight", 60, "panelWeight", 40,
                "levelBasis", "SCORE", "satisfiedFrom", 80, "basicallySatisfiedFrom", 60,
                "minimumPublicResponses", 1, "minimumPanelResponses", 2)).status()).isEqualTo(200);
        Api.Reply results = t.office().get(t.path("/campaigns/rep/results"));
        assertThat(results.status()).as(results.toString()).isEqualTo(200);
        JsonNode agreement = results.json().get("panelAgreement");
        assertThat(agreement.get("members").asInt()).isEqualTo(2);
        assertThat(agreement.get("scores").asInt()).isEqualTo(4);
        // both members rank edu above fin: alpha (interval) is defined and positive
        assertThat(agreement.get("alphaInterval").decimalValue()).isPositive();
        JsonNode eduResult = results.json().at("/units/0/allResponses");
        // no public response: the panel's part alone, with the warning
        assertThat(eduResult.get("warnings").toString()).contains("PART_MISSING");
        assertThat(eduResult.get("score").decimalValue()).isPositive();
    }
}
