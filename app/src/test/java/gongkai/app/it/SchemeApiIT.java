package gongkai.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 3's API: templates, the what-if preview, and a tenant's schemes from draft to approved and beyond. */
class SchemeApiIT {

    static final List<String> TEMPLATES = List.of("jiangmen-2020", "zhoukou-2021", "weibin-2020", "jinchang-2022",
            "yongji", "jinchang-12345-2024");

    @Test
    void every_user_lists_the_six_templates_and_reads_each_definition() {
        TestTenant t = TestTenant.create("tpl");
        Api liaison = t.users.get("UNIT_LIAISON");
        JsonNode list = liaison.get("/api/v1/scheme-templates").json();
        assertThat(list).extracting(n -> n.get("id").asText()).containsExactlyElementsOf(TEMPLATES);
        assertThat(list.get(1).at("/name/zhHans").asText()).isEqualTo("周口市政务公开工作考核");
        assertThat(list.get(1).get("year").asInt()).isEqualTo(2021);
        assertThat(list.get(1).get("description").asText()).contains("Art. 33");

        JsonNode jinchang = liaison.get("/api/v1/scheme-templates/jinchang-2022").json();
        assertThat(jinchang.get("code").asText()).isEqualTo("jinchang-2022");
        assertThat(jinchang.get("gradeBands")).hasSize(4);
        assertThat(jinchang.get("bonusRules")).extracting(n -> n.get("code").asText())
                .containsExactly("upper-commendation", "media-feature", "leader-praise");
        assertThat(liaison.get("/api/v1/scheme-templates/no-such").status()).isEqualTo(404);
        assertThat(Api.anonymous().get("/api/v1/scheme-templates").status()).isEqualTo(401);
    }

    @Test
    void a_scheme_from_each_template_is_a_valid_draft_version_1() throws Exception {
        TestTenant t = TestTenant.create("sch-tpl");
        for (String template : TEMPLATES) {
            String code = "s-" + template;
            HttpResponse<byte[]> created = raw(t.username("office"), "POST", t.path("/schemes"),
                    Api.json(Map.of("code", code, "year", 2025, "template", template)));
            assertThat(created.statusCode()).as(template + ": " + new String(created.body(), StandardCharsets.UTF_8))
                    .isEqualTo(201);
            assertThat(created.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                    .endsWith(t.path("/schemes/" + code + "/versions/1")));
            JsonNode body = Api.JSON.readTree(created.body());
            assertThat(body.get("problems")).as(template + " problems").isEmpty();
            assertThat(body.at("/summary/state").asText()).isEqualTo("DRAFT");
            assertThat(body.at("/summary/version").asInt()).isEqualTo(1);
            assertThat(body.at("/summary/year").asInt()).isEqualTo(2025);
            assertThat(body.at("/summary/basedOn").asText()).isEqualTo(template);
            assertThat(body.at("/definition/code").asText()).as("the definition carries the scheme's code")
                    .isEqualTo(code);
            assertThat(body.at("/definition/year").asInt()).isEqualTo(2025);
        }
        JsonNode list = t.office().get(t.path("/schemes?year=2025")).json();
        assertThat(list).hasSize(6);
        assertThat(t.office().get(t.path("/schemes?year=2024")).json()).isEmpty();
    }

    @Test
    void a_scheme_is_copied_imported_edited_validated_approved_frozen_and_versioned() {
        TestTenant t = TestTenant.create("sch-life");
        Api office = t.office();
        assertThat(office.post(t.path("/schemes"), Map.of("code", "jc", "year", 2024, "template", "jinchang-2022"))
                .status()).isEqualTo(201);

        // A draft is saved with its problems: GOOD [80, 90) and PASS [60, 80] overlap at 80.
        ObjectNode definition = (ObjectNode) office.get(t.path("/schemes/jc/versions/1")).json().get("definition");
        ((ObjectNode) definition.get("gradeBands").get(2)).put("upperInclusive", true);
        Api.Reply saved = office.put(t.path("/schemes/jc/versions/1"), definition);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().get("problems")).hasSize(1);
        assertThat(saved.json().at("/problems/0/path").asText()).isEqualTo("gradeBands[1].lower");
        assertThat(saved.json().at("/problems/0/message").asText()).isEqualTo("overlap between [60, 80] and [80, 90)");
        JsonNode validation = office.post(t.path("/schemes/jc/versions/1/validation"), null).json();
        assertThat(validation).extracting(p -> p.get("path").asText()).containsExactly("gradeBands[1].lower");

        Api.Reply refused = office.post(t.path("/schemes/jc/versions/1/approval"), null);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("definition.gradeBands[1].lower");

        // Fixed, and the GOOD/EXCELLENT boundary moved from 90 to 85.
        ((ObjectNode) definition.get("gradeBands").get(2)).put("upperInclusive", false);
        ((ObjectNode) definition.get("gradeBands").get(0)).put("lower", 85);
        ((ObjectNode) definition.get("gradeBands").get(1)).put("upper", 85);
        Api.Reply fixed = office.put(t.path("/schemes/jc/versions/1"), definition);
        assertThat(fixed.json().get("problems")).as(fixed.toString()).isEmpty();
        assertThat(office.post(t.path("/schemes/jc/versions/1/preview"), Map.of("componentScores",
                Map.of("annual", 86))).json().get("grade").asText()).isEqualTo("EXCELLENT");

        Api.Reply approved = office.post(t.path("/schemes/jc/versions/1/approval"), null);
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().at("/summary/state").asText()).isEqualTo("APPROVED");

        Api.Reply frozen = office.put(t.path("/schemes/jc/versions/1"), definition);
        assertThat(frozen.status()).isEqualTo(409);
        assertThat(frozen.json().get("detail").asText()).contains("APPROVED");
        assertThat(office.post(t.path("/schemes/jc/versions/1/approval"), null).status()).isEqualTo(409);

        Api.Reply v2 = office.post(t.path("/schemes/jc/versions"), null);
        assertThat(v2.status()).as(v2.toString()).isEqualTo(201);
        assertThat(v2.json().at("/summary/version").asInt()).isEqualTo(2);
        assertThat(v2.json().at("/summary/state").asText()).isEqualTo("DRAFT");
        assertThat(v2.json().at("/summary/basedOn").asText()).isEqualTo("jc v1");
        assertThat(v2.json().at("/definition/gradeBands/0/lower").decimalValue()).isEqualByComparingTo("85");
        assertThat(office.post(t.path("/schemes/jc/versions"), null).status()).as("while v2 is a draft")
                .isEqualTo(409);
        assertThat(office.get(t.path("/schemes/jc")).json().at("/summary/version").asInt()).isEqualTo(2);

        // Copy into next year's scheme, and import an export.
        Api.Reply copy = office.post(t.path("/schemes"), Map.of("code", "jc-next", "year", 2025,
                "copyOfCode", "jc", "copyOfVersion", 1));
        assertThat(copy.status()).as(copy.toString()).isEqualTo(201);
        assertThat(copy.json().at("/summary/basedOn").asText()).isEqualTo("jc v1");
        assertThat(copy.json().at("/definition/year").asInt()).isEqualTo(2025);
        Api.Reply export = office.get(t.path("/schemes/jc/versions/1/export"));
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.json().get("code").asText()).isEqualTo("jc");
        Api.Reply imported = office.post(t.path("/schemes"), Map.of("code", "jc-imported", "definition",
                export.json()));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.json().at("/summary/year").asInt()).as("the year comes from the definition")
                .isEqualTo(2024);
        assertThat(imported.json().at("/summary/basedOn").isNull()).isTrue();
        assertThat(imported.json().get("problems")).isEmpty();

        JsonNode audit = office.get(t.path("/audit?entityType=scheme")).json();
        assertThat(audit).extracting(e -> e.get("action").asText())
                .contains("CREATE", "UPDATE", "APPROVE", "NEW_VERSION");
    }

    @Test
    void creating_the_same_code_many_times_at_once_makes_one_scheme_and_answers_the_rest_409() throws Exception {
        TestTenant t = TestTenant.create("race");
        Api office = t.office();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<Api.Reply>> replies = new java.util.ArrayList<>();
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            for (int i = 0; i < 8; i++) {
                replies.add(pool.submit(() -> {
                    go.await();
                    return office.post(t.path("/schemes"), Map.of("code", "same", "year", 2024,
                            "template", "yongji"));
                }));
            }
            go.countDown();
            java.util.List<Integer> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Api.Reply> reply : replies) {
                Api.Reply r = reply.get();
                statuses.add(r.status());
                if (r.status() != 201) {
                    assertThat(r.contentType()).as(r.toString()).startsWith("application/problem+json");
                }
            }
            assertThat(statuses).as(statuses.toString()).containsOnly(201, 409);
            assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(office.get(t.path("/schemes/same")).status()).isEqualTo(200);
    }

    @Test
    void weights_of_a_weighted_sum_must_add_up_to_1() {
        TestTenant t = TestTenant.create("sch-w");
        t.office().post(t.path("/schemes"), Map.of("code", "wb", "year", 2024, "template", "weibin-2020"));
        ObjectNode definition = (ObjectNode) t.office().get(t.path("/schemes/wb/versions/1")).json().get("definition");
        ((ObjectNode) definition.get("components").get(1)).put("weight", 0.4);

        JsonNode problems = t.office().put(t.path("/schemes/wb/versions/1"), definition).json().get("problems");

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).get("path").asText()).isEqualTo("components");
        assertThat(problems.get(0).get("message").asText()).contains("add up to 1").contains("0.9");

        Api.Reply preview = t.office().post("/api/v1/scoring/preview", Map.of("scheme", definition,
                "input", Map.of("componentScores", Map.of("routine", 90, "annual", 90))));
        assertThat(preview.status()).isEqualTo(400);
        assertThat(preview.json().get("errors")).extracting(e -> e.get("field").asText())
                .containsExactly("scheme.components");
    }

    @Test
    void the_preview_reproduces_jinchangs_caps_veto_and_deduction_range() {
        TestTenant t = TestTenant.create("prev");
        Api assessor = t.users.get("ASSESSOR");
        JsonNode capped = preview(assessor, "jinchang-2022", Map.of("componentScores", Map.of("annual", 96),
                "bonuses", List.of(Map.of("code", "media-feature", "count", 2),
                        Map.of("code", "upper-commendation", "count", 5))));
        assertThat(capped.get("uncappedTotal").asText()).as("bonuses 12 capped at 10").isEqualTo("106.00");
        assertThat(capped.get("total").asText()).as("total capped at 100").isEqualTo("100.00");
        assertThat(capped.get("grade").asText()).isEqualTo("EXCELLENT");
        assertThat(capped.get("gradeLabel").asText()).isEqualTo("优秀");
        assertThat(capped.get("performanceContribution").isNull()).isTrue();
        assertThat(capped.get("explanation")).extracting(l -> l.get("text").asText())
                .contains("bonuses 12.00 capped at 10.00");

        JsonNode vetoed = preview(assessor, "jinchang-2022", Map.of("componentScores", Map.of("annual", 95),
                "vetoes", List.of("secret-leak")));
        assertThat(vetoed.get("total").asText()).isEqualTo("95.00");
        assertThat(vetoed.get("grade").asText()).isEqualTo("FAIL");
        assertThat(vetoed.get("gradeLabel").asText()).isEqualTo("不合格");

        JsonNode deducted = preview(assessor, "jinchang-2022", Map.of("componentScores", Map.of("annual", 92),
                "deductions", List.of(Map.of("code", "incident", "points", 7.5))));
        assertThat(deducted.get("total").asText()).isEqualTo("84.50");
        assertThat(deducted.get("grade").asText()).isEqualTo("GOOD");

        Api.Reply outside = assessor.post("/api/v1/scoring/preview", Map.of("template", "jinchang-2022",
                "input", Map.of("componentScores", Map.of("annual", 92),
                        "deductions", List.of(Map.of("code", "incident", "points", 4.99)))));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.contentType()).startsWith("application/problem+json");
        assertThat(outside.json().at("/errors/0/field").asText()).isEqualTo("input.deductions[0].points");

        Api.Reply unknown = assessor.post("/api/v1/scoring/preview", Map.of("template", "jinchang-2022",
                "input", Map.of("componentScores", Map.of("routine", 50))));
        assertThat(unknown.json().at("/errors/0/field").asText()).isEqualTo("input.componentScores.routine");
    }

    @Test
    void the_zhoukou_preview_needs_the_satisfaction_rate_and_carries_4_percent() {
        TestTenant t = TestTenant.create("prev-zk");
        Api office = t.office();
        Api.Reply missing = office.post("/api/v1/scoring/preview", Map.of("template", "zhoukou-2021",
                "input", Map.of("componentScores", Map.of("annual", 92))));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().at("/errors/0/field").asText()).isEqualTo("input.satisfactionRate");

        JsonNode low = preview(office, "zhoukou-2021", Map.of("componentScores", Map.of("annual", 92),
                "satisfactionRate", 0.55));
        assertThat(low.get("grade").asText()).isEqualTo("FAIL");
        assertThat(low.get("performanceContribution").asText()).isEqualTo("3.68");
        JsonNode fine = preview(office, "zhoukou-2021", Map.of("componentScores", Map.of("annual", 92),
                "satisfactionRate", 0.75));
        assertThat(fine.get("grade").asText()).isEqualTo("EXCELLENT");
    }

    @Test
    void the_preview_takes_exactly_one_of_template_and_scheme() {
        TestTenant t = TestTenant.create("prev-bad");
        Api office = t.office();
        Api.Reply neither = office.post("/api/v1/scoring/preview", Map.of("input", Map.of()));
        assertThat(neither.status()).isEqualTo(400);
        assertThat(neither.json().at("/errors/0/field").asText()).isEqualTo("template");
        JsonNode scheme = office.get("/api/v1/scheme-templates/yongji").json();
        Api.Reply both = office.post("/api/v1/scoring/preview", Map.of("template", "yongji", "scheme", scheme,
                "input", Map.of()));
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.json().at("/errors/0/field").asText()).isEqualTo("scheme");
        Api.Reply noTemplate = office.post("/api/v1/scoring/preview", Map.of("template", "atlantis",
                "input", Map.of()));
        assertThat(noTemplate.json().at("/errors/0/field").asText()).isEqualTo("template");
        JsonNode given = preview(office, null, Map.of("componentScores", Map.of("annual", 80)), scheme);
        assertThat(given.get("grade").asText()).isEqualTo("GOOD");
    }

    @Test
    void units_read_approved_schemes_and_their_scoring_sheet_but_never_drafts() throws Exception {
        TestTenant t = TestTenant.create("sch-roles");
        Api office = t.office();
        office.post(t.path("/schemes"), Map.of("code", "jc", "year", 2024, "template", "jinchang-2022"));
        Api liaison = t.users.get("UNIT_LIAISON");
        Api assessor = t.users.get("ASSESSOR");
        assertThat(liaison.get(t.path("/schemes")).json()).isEmpty();
        assertThat(liaison.get(t.path("/schemes/jc/versions/1")).status()).isEqualTo(404);
        assertThat(liaison.get(t.path("/schemes/jc")).status()).isEqualTo(404);
        assertThat(assessor.get(t.path("/schemes/jc/versions/1")).status()).isEqualTo(200);
        assertThat(assessor.post(t.path("/schemes/jc/versions/1/approval"), null).status()).isEqualTo(403);

        office.post(t.path("/schemes/jc/versions/1/approval"), null);
        office.post(t.path("/schemes/jc/versions"), null); // v2, a draft
        assertThat(liaison.get(t.path("/schemes")).json()).extracting(s -> s.get("version").asInt())
                .containsExactly(1);
        assertThat(liaison.get(t.path("/schemes/jc")).json().at("/summary/version").asInt())
                .as("the latest version a unit may read").isEqualTo(1);
        assertThat(assessor.get(t.path("/schemes/jc")).json().at("/summary/version").asInt()).isEqualTo(2);

        HttpResponse<byte[]> sheet = raw(t.username("liaison"), "GET", t.path("/schemes/jc/versions/1/scoring-sheet.xlsx"),
                null);
        assertThat(sheet.statusCode()).isEqualTo(200);
        assertThat(sheet.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertThat(sheet.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .startsWith("attachment").contains("jc-v1-scoring-sheet.xlsx"));
        assertThat(new String(sheet.body(), 0, 2, StandardCharsets.ISO_8859_1)).as("a zip").isEqualTo("PK");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(sheet.body()))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("评分表", "评分规则");
            List<Row> rows = sheets.get(0).read();
            assertThat(rows.get(1).getCellText(1)).isEqualTo("代码 code");
            Row annual = rows.stream().filter(r -> "annual".equals(r.getCellText(1))).findFirst().orElseThrow();
            assertThat(annual.getCellAsNumber(4)).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("100"));
            Row organisation = rows.stream().filter(r -> "organisation".equals(r.getCellText(1))).findFirst()
                    .orElseThrow();
            assertThat(organisation.getCellText(2)).startsWith("组织领导");
            assertThat(organisation.getCellAsNumber(0)).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("1"));
            assertThat(organisation.getCellAsNumber(4)).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("10"));
            assertThat(organisation.getCellText(3)).contains("领导机制");
            List<String> rules = sheets.get(1).read().stream().map(r -> r.getCellText(0)).toList();
            assertThat(rules).contains("EXCELLENT", "upper-commendation", "incident", "new-media-veto", "secret-leak");
        }
        assertThat(raw(t.username("liaison"), "GET", t.path("/schemes/jc/versions/2/scoring-sheet.xlsx"), null)
                .statusCode()).as("a draft's sheet").isEqualTo(404);
    }

    @Test
    void another_tenants_scheme_is_not_found() {
        TestTenant a = TestTenant.create("sch-iso-a");
        TestTenant b = TestTenant.create("sch-iso-b");
        a.office().post(a.path("/schemes"), Map.of("code", "secret-scheme", "year", 2024, "template", "yongji"));
        assertThat(a.office().get(a.path("/schemes/secret-scheme")).status()).isEqualTo(200);
        assertThat(b.office().get(b.path("/schemes/secret-scheme")).status()).isEqualTo(404);
        assertThat(b.office().get(b.path("/schemes")).body()).doesNotContain("secret-scheme");
        assertThat(b.office().get(a.path("/schemes/secret-scheme/versions/1")).status()).isEqualTo(404);
        assertThat(b.office().post(b.path("/schemes"), Map.of("code", "secret-scheme", "year", 2024,
                "template", "yongji")).status()).as("codes are per tenant").isEqualTo(201);
    }

    @Test
    void refused_requests_write_nothing() throws Exception {
        TestTenant t = TestTenant.create("sch-refused");
        Api office = t.office();
        office.post(t.path("/schemes"), Map.of("code", "jc", "year", 2024, "template", "jinchang-2022"));
        ObjectNode broken = (ObjectNode) office.get(t.path("/schemes/jc/versions/1")).json().get("definition");
        ((ObjectNode) broken.get("gradeBands").get(2)).put("upperInclusive", true);
        String before = rows(t);

        assertThat(office.post(t.path("/schemes"), Map.of("code", "jc", "year", 2024, "template", "yongji"))
                .status()).as("duplicate code").isEqualTo(409);
        assertThat(office.post(t.path("/schemes"), Map.of("code", "x", "year", 2024, "template", "nope"))
                .status()).as("unknown template").isEqualTo(400);
        assertThat(office.post(t.path("/schemes"), Map.of("code", "x", "year", 2024)).status())
                .as("no source").isEqualTo(400);
        assertThat(office.post(t.path("/schemes"), Map.of("code", "x", "template", "yongji")).status())
                .as("no year anywhere").isEqualTo(400);
        assertThat(t.users.get("UNIT_LIAISON").post(t.path("/schemes"), Map.of("code", "x", "year", 2024,
                "template", "yongji")).status()).isEqualTo(403);
        assertThat(t.users.get("ASSESSOR").put(t.path("/schemes/jc/versions/1"), broken).status()).isEqualTo(403);
        assertThat(office.post(t.path("/schemes/jc/versions"), null).status()).as("latest is a draft").isEqualTo(409);
        assertThat(office.put(t.path("/schemes/jc/versions/1"), Map.of("code", "jc", "colour", "red")).status())
                .as("unknown field").isEqualTo(400);
        assertThat(office.post(t.path("/schemes/jc/versions/1/preview"), Map.of("componentScores",
                Map.of("annual", 101))).status()).isEqualTo(400);
        assertThat(rows(t)).isEqualTo(before);

        assertThat(office.put(t.path("/schemes/jc/versions/1"), broken).status()).isEqualTo(200);
        String broke = rows(t);
        assertThat(office.post(t.path("/schemes/jc/versions/1/approval"), null).status()).isEqualTo(400);
        assertThat(rows(t)).as("a refused approval").isEqualTo(broke);
    }

    private static JsonNode preview(Api api, String template, Map<String, Object> input) {
        return preview(api, template, input, null);
    }

    private static JsonNode preview(Api api, String template, Map<String, Object> input, JsonNode scheme) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        if (template != null) {
            body.put("template", template);
        }
        if (scheme != null) {
            body.put("scheme", scheme);
        }
        body.put("input", input);
        Api.Reply reply = api.post("/api/v1/scoring/preview", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    /** The tenant's scheme rows and audit events, as the database owner sees them. */
    private static String rows(TestTenant t) throws Exception {
        try (Connection c = Server.get().ownerConnection(); Statement s = c.createStatement()) {
            StringBuilder all = new StringBuilder();
            for (String table : List.of("assessment_scheme", "audit_event")) {
                try (ResultSet rs = s.executeQuery("select count(*), md5(coalesce(string_agg(x::text, '|' order by"
                        + " x::text), '')) from " + table + " x join tenant on tenant.id = x.tenant_id"
                        + " where tenant.code = '" + t.code + "'")) {
                    rs.next();
                    all.append(table).append('=').append(rs.getInt(1)).append('/').append(rs.getString(2)).append(';');
                }
            }
            return all.toString();
        }
    }

    /** A request answered in bytes with its headers (for Location, Content-Disposition and XLSX). */
    private static HttpResponse<byte[]> raw(String username, String method, String path, String json)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Server.get().url(path)))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (username + ":" + TestTenant.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
