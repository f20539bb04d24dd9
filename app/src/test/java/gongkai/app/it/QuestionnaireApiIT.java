package gongkai.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Questionnaires over the API (issue 5): import, export, drafts, and versions frozen once a campaign uses them. */
class QuestionnaireApiIT {

    static Map<String, Object> definition(String satisfiedLabel) {
        List<Map<String, Object>> options = List.of(
                Map.of("code", "A", "label", Map.of("zhHans", satisfiedLabel, "en", "Very good"), "points", 100),
                Map.of("code", "B", "label", Map.of("zhHans", "较好"), "points", 85),
                Map.of("code", "C", "label", Map.of("zhHans", "一般"), "points", 60),
                Map.of("code", "D", "label", Map.of("zhHans", "较差"), "points", 30),
                Map.of("code", "E", "label", Map.of("zhHans", "差"), "points", 0));
        return Map.of("title", Map.of("zhHans", "窗口服务评议"), "sections", List.of(Map.of(
                "code", "service", "title", Map.of("zhHans", "窗口服务"), "questions", List.of(
                        Map.of("code", "service", "type", "SATISFACTION", "text", Map.of("zhHans", "您对窗口服务是否满意？"),
                                "help", Map.of("zhHans", "按最近一次办事经历回答"), "required", true, "options", options),
                        Map.of("code", "why", "type", "TEXT", "text", Map.of("zhHans", "原因"), "required", false)))));
    }

    @Test
    void an_imported_questionnaire_exports_unchanged_and_is_frozen_once_a_campaign_uses_it() {
        TestTenant t = TestTenant.create("qn");
        Api office = t.office();
        Api.Reply created = office.post(t.path("/questionnaires"), Map.of("code", "window", "definition", definition("很好")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("state").asText()).isEqualTo("DRAFT");

        Api.Reply changed = office.put(t.path("/questionnaires/window/versions/1"), definition("非常好"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        JsonNode exported = office.get(t.path("/questionnaires/window/versions/1")).json().get("definition");
        Api.Reply imported = office.post(t.path("/questionnaires"), Map.of("code", "window-copy", "definition", exported));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.json().get("definition")).isEqualTo(exported);

        LocalDateTime now = LocalDateTime.now();
        Api.Reply campaign = office.post(t.path("/campaigns"), Map.of("code", "window-2026",
                "names", Map.of("zhHans", "窗口评议"), "questionnaireCode", "window", "unitCodes", List.of("edu-" + t.suffix),
                "opensAt", now.minusDays(1).toString(), "closesAt", now.plusDays(10).toString()));
        assertThat(campaign.status()).as(campaign.toString()).isEqualTo(201);
        JsonNode survey = Api.anonymous().get("/api/v1/public/surveys/" + campaign.json().get("slug").asText()).json();
        assertThat(survey.at("/questionnaire/sections/0/questions/0/options/0/label/zhHans").asText()).isEqualTo("非常好");

        Api.Reply frozen = office.put(t.path("/questionnaires/window/versions/1"), definition("好"));
        assertThat(frozen.status()).as(frozen.toString()).isEqualTo(409);
        Api.Reply next = office.post(t.path("/questionnaires/window/versions"), null);
        assertThat(next.status()).as(next.toString()).isEqualTo(201);
        assertThat(next.json().get("version").asInt()).isEqualTo(2);
        assertThat(office.put(t.path("/questionnaires/window/versions/2"), definition("好")).status()).isEqualTo(200);
    }

    @Test
    void an_invalid_definition_is_refused_naming_the_field_and_other_roles_may_not_change_questionnaires() {
        TestTenant t = TestTenant.create("qn-bad");
        @SuppressWarnings("unchecked")
        Map<String, Object> bad = new java.util.HashMap<>(definition("很好"));
        bad.put("sections", List.of(Map.of("code", "s", "title", Map.of("zhHans", "部分"), "questions", List.of(
                Map.of("code", "q", "type", "RATING", "text", Map.of("zhHans", "打分"), "required", true,
                        "options", List.of(Map.of("code", "x", "label", Map.of("zhHans", "x"))))))));

        Api.Reply refused = t.office().post(t.path("/questionnaires"), Map.of("code", "bad", "definition", bad));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("definition.sections[0].questions[0].options");
        assertThat(t.users.get("ASSESSOR").post(t.path("/questionnaires"), Map.of("code", "mine")).status())
                .isEqualTo(403);
    }
}
