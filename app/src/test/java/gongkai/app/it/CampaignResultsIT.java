package gongkai.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static gongkai.app.it.PublicSurveyIT.openCampaign;
import static gongkai.app.it.PublicSurveyIT.response;
import static gongkai.app.it.PublicSurveyIT.submit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A campaign's results for the office (issue 5): flagged responses reviewed (excluded or kept) with both figures,
 * the answer distribution, and the exports as CSV and XLSX (parsed back).
 */
class CampaignResultsIT {

    static final HttpClient CLIENT = HttpClient.newHttpClient();

    /** Two straight-lined responses (flagged) and one with mixed answers (not flagged) about edu. */
    static void threeResponses(TestTenant t, String slug) {
        String edu = "edu-" + t.suffix;
        assertThat(submit(slug, response(edu, "SATISFIED"), null, null).status()).isEqualTo(201);
        assertThat(submit(slug, response(edu, "DISSATISFIED"), null, null).status()).isEqualTo(201);
        @SuppressWarnings("unchecked")
        Map<String, Object> mixed = new HashMap<>((Map<String, Object>) response(edu, "FAIRLY_SATISFIED").get("answers"));
        mixed.put("content", "SATISFIED");
        mixed.put("timeliness", "DISSATISFIED");
        assertThat(submit(slug, Map.of("unitCode", edu, "answers", mixed), null, null).status()).isEqualTo(201);
    }

    @Test
    void the_office_keeps_a_flagged_response_and_the_excluding_figure_counts_it_again() throws Exception {
        TestTenant t = TestTenant.create("res-review");
        String slug = openCampaign(t, "pub");
        threeResponses(t, slug);

        JsonNode flagged = t.office().get(t.path("/campaigns/pub/flagged-responses")).json();
        assertThat(flagged).hasSize(2);
        assertThat(flagged.get(0).get("flags").toString()).contains("STRAIGHT_LINING");
        assertThat(flagged.get(0).get("review").isNull()).isTrue();
        assertThat(flagged.toString()).doesNotContain("127.0.0.1").doesNotContain("addressHash");
        JsonNode before = t.office().get(t.path("/campaigns/pub/results")).json().at("/units/0");
        assertThat(before.at("/allResponses/counted").asLong()).isEqualTo(3);
        assertThat(before.at("/excludingFlagged/counted").asLong()).isEqualTo(1);

        String kept = flagged.get(0).get("id").asText();
        Api.Reply review = t.office().post(t.path("/campaigns/pub/reviews"), Map.of("responseId", kept, "decision", "KEPT"));
        assertThat(review.status()).as(review.toString()).isEqualTo(200);
        assertThat(review.json().get("review").asText()).isEqualTo("KEPT");
        JsonNode after = t.office().get(t.path("/campaigns/pub/results")).json().at("/units/0");
        assertThat(after.at("/allResponses/counted").asLong()).isEqualTo(3);
        assertThat(after.at("/excludingFlagged/counted").asLong()).isEqualTo(2);
        assertThat(after.at("/allResponses/satisfactionRate").decimalValue())
                .isEqualByComparingTo(before.at("/allResponses/satisfactionRate").decimalValue());

        String excluded = flagged.get(1).get("id").asText();
        assertThat(t.office().post(t.path("/campaigns/pub/reviews"), Map.of("responseId", excluded, "decision", "EXCLUDED"))
                .status()).isEqualTo(200);
        assertThat(t.office().get(t.path("/campaigns/pub/results")).json().at("/units/0/excludingFlagged/counted")
                .asLong()).isEqualTo(2);
        assertThat(reviews(t)).isEqualTo("KEPT,EXCLUDED,-");
    }

    @Test
    void an_unflagged_response_cannot_be_reviewed_and_a_liaison_cannot_review_nothing_changes() throws Exception {
        TestTenant t = TestTenant.create("res-refuse");
        String slug = openCampaign(t, "pub");
        threeResponses(t, slug);
        String unflagged;
        try (Connection c = Server.get().ownerConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select r.id from survey_response r join tenant on tenant.id = r.tenant_id"
                     + " where tenant.code = '" + t.code + "' and r.answers->>'timeliness' = 'DISSATISFIED'"
                     + " and r.answers->>'content' = 'SATISFIED'")) {
            rs.next();
            unflagged = rs.getString(1);
        }
        Api.Reply refused = t.office().post(t.path("/campaigns/pub/reviews"), Map.of("responseId", unflagged, "decision", "EXCLUDED"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.body()).contains("responseId");
        Api.Reply badDecision = t.office().post(t.path("/campaigns/pub/reviews"), Map.of("responseId", unflagged, "decision", "MAYBE"));
        assertThat(badDecision.status()).as(badDecision.toString()).isEqualTo(400);
        String flagged = t.office().get(t.path("/campaigns/pub/flagged-responses")).json().get(0).get("id").asText();
        assertThat(t.users.get("UNIT_LIAISON").post(t.path("/campaigns/pub/reviews"),
                Map.of("responseId", flagged, "decision", "EXCLUDED")).status()).isEqualTo(403);
        assertThat(t.users.get("ASSESSOR").post(t.path("/campaigns/pub/reviews"),
                Map.of("responseId", flagged, "decision", "EXCLUDED")).status()).isEqualTo(403);
        assertThat(reviews(t)).isEqualTo("-,-,-");
    }

    @Test
    void answer_distribution_counts_each_option_and_rating_over_the_campaign() {
        TestTenant t = TestTenant.create("res-dist");
        String slug = openCampaign(t, "pub");
        threeResponses(t, slug);

        JsonNode distribution = t.office().get(t.path("/campaigns/pub/answer-distribution")).json();
        JsonNode content = find(distribution, "content");
        assertThat(content.at("/bars/0/code").asText()).isEqualTo("SATISFIED");
        assertThat(content.at("/bars/0/count").asLong()).isEqualTo(2);
        assertThat(content.at("/bars/4/count").asLong()).isEqualTo(1);
        JsonNode rating = find(distribution, "overall-rating");
        assertThat(rating.get("bars")).hasSize(11);
        assertThat(rating.at("/bars/8/count").asLong()).isEqualTo(3);
        assertThat(distribution.toString()).doesNotContain("\"suggestions\"");
    }

    @Test
    void results_and_responses_export_as_csv_and_xlsx_with_the_same_figures_as_the_api() throws Exception {
        TestTenant t = TestTenant.create("res-export");
        String slug = openCampaign(t, "pub");
        threeResponses(t, slug);
        JsonNode edu = t.office().get(t.path("/campaigns/pub/results")).json().at("/units/0");

        Api.Reply csv = t.office().get(t.path("/campaigns/pub/results.csv"));
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.body().replace("\uFEFF", "").split("\r\n");
        assertThat(lines).hasSize(3); // header, edu, fin
        List<String> header = List.of(lines[0].split(",", -1));
        List<String> eduCells = List.of(lines[1].split(",", -1));
        assertThat(eduCells.get(0)).isEqualTo("edu-" + t.suffix);
        assertThat(new BigDecimal(eduCells.get(header.indexOf("all.satisfactionRate"))))
                .isEqualByComparingTo(edu.at("/allResponses/satisfactionRate").decimalValue());
        assertThat(eduCells.get(header.indexOf("excluding.counted"))).isEqualTo("1");

        HttpResponse<byte[]> xlsx = bytes(t, "/campaigns/pub/results.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElse("")).contains("pub-results.xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(3);
            for (int c = 0; c < header.size(); c++) {
                assertThat(rows.get(0).getCellText(c)).isEqualTo(header.get(c));
            }
            Row row = rows.get(1);
            assertThat(row.getCellText(0)).isEqualTo("edu-" + t.suffix);
            assertThat(row.getCellAsNumber(header.indexOf("all.counted"))).hasValueSatisfying(n ->
                    assertThat(n).isEqualByComparingTo("3"));
            assertThat(row.getCellAsNumber(header.indexOf("all.satisfactionRate"))).hasValueSatisfying(n ->
                    assertThat(n).isEqualByComparingTo(edu.at("/allResponses/satisfactionRate").decimalValue()));
            assertThat(row.getCellAsNumber(header.indexOf("all.rateLower"))).hasValueSatisfying(n ->
                    assertThat(n).isEqualByComparingTo(edu.at("/allResponses/rateLower").decimalValue()));
            assertThat(row.getCellText(header.indexOf("all.level"))).isEqualTo(edu.at("/allResponses/level").asText());
        }

        HttpResponse<byte[]> responses = bytes(t, "/campaigns/pub/responses.xlsx");
        assertThat(responses.statusCode()).isEqualTo(200);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(responses.body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(4);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("id");
            assertThat(rows.get(0).getCellText(4)).isEqualTo("content");
            assertThat(rows.get(1).getCellText(1)).isEqualTo("edu-" + t.suffix);
            assertThat(rows.get(1).getCellText(4)).isEqualTo("SATISFIED");
            assertThat(rows.stream().map(r -> r.toString()).toList().toString()).doesNotContain("127.0.0.1");
        }
        assertThat(t.users.get("UNIT_LIAISON").get(t.path("/campaigns/pub/results.xlsx")).status()).isEqualTo(403);
    }

    private static JsonNode find(JsonNode distribution, String code) {
        for (JsonNode q : distribution) {
            if (q.get("questionCode").asText().equals(code)) {
                return q;
            }
        }
        throw new AssertionError("no question " + code + " in " + distribution);
    }

    private static HttpResponse<byte[]> bytes(TestTenant t, String rest) throws Exception {
        String auth = Base64.getEncoder().encodeToString((t.username("office") + ":" + TestTenant.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return CLIENT.send(HttpRequest.newBuilder(URI.create(Server.get().url(t.path(rest))))
                .header("Authorization", "Basic " + auth).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The stored reviews of the tenant's responses in submission order ("-" = none). */
    private static String reviews(TestTenant t) throws Exception {
        try (Connection c = Server.get().ownerConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select string_agg(coalesce(r.review, '-'), ',' order by r.submitted_at, r.id)"
                     + " from survey_response r join tenant on tenant.id = r.tenant_id where tenant.code = '" + t.code + "'")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
