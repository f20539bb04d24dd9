package gongkai.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public survey API (issue 5): anonymous, found by slug, submissions counted once per idempotency key and
 * once per browser and unit, refused when invalid, closed or too frequent, and results for the office only.
 */
class PublicSurveyIT {

    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final List<String> REQUIRED = List.of("content", "timeliness", "channels", "systems", "requests",
            "attitude", "effect");

    record Reply(int status, HttpResponse<String> response) {
        JsonNode json() {
            try {
                return Api.JSON.readTree(response.body());
            } catch (IOException e) {
                throw new AssertionError(response.body(), e);
            }
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + response.body();
        }
    }

    /** An anonymous request with the given headers (name, value, ...). */
    static Reply send(String method, String path, Object body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Server.get().url(path)))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(Api.json(body), StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i + 1] != null) {
                request.header(headers[i], headers[i + 1]);
            }
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response);
        } catch (IOException e) {
            throw new AssertionError(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A campaign of {@code t} over its edu and fin units; returns its slug. */
    static String campaign(TestTenant t, String code, LocalDateTime opens, LocalDateTime closes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("names", Map.of("zhHans", "评议" + t.suffix));
        body.put("unitCodes", List.of("edu-" + t.suffix, "fin-" + t.suffix));
        body.put("opensAt", opens.toString());
        body.put("closesAt", closes.toString());
        Api.Reply created = t.office().post(t.path("/campaigns"), body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("slug").asText();
    }

    static String openCampaign(TestTenant t, String code) {
        LocalDateTime now = LocalDateTime.now();
        return campaign(t, code, now.minusDays(1), now.plusDays(30));
    }

    static Map<String, Object> response(String unitCode, String option) {
        Map<String, Object> answers = new HashMap<>();
        for (String q : REQUIRED) {
            answers.put(q, option);
        }
        answers.put("overall-rating", 8);
        answers.put("suggestions", "多公开预算");
        return Map.of("unitCode", unitCode, "answers", answers);
    }

    static Reply submit(String slug, Object body, String idempotencyKey, String token) {
        return send("POST", "/api/v1/public/surveys/" + slug + "/responses", body,
                "Idempotency-Key", idempotencyKey, "Survey-Token", token);
    }

    static long stored(String slug) throws Exception {
        try (Connection c = Server.get().ownerConnection(); PreparedStatement s = c.prepareStatement(
                "select count(*) from survey_response r join campaign c on c.tenant_id = r.tenant_id"
                        + " and c.id = r.campaign_id where c.slug = ?")) {
            s.setString(1, slug);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void anyone_reads_a_survey_by_its_slug_and_a_valid_response_is_stored_once_per_idempotency_key() throws Exception {
        TestTenant t = TestTenant.create("sv-valid");
        String slug = openCampaign(t, "pub");

        Reply survey = send("GET", "/api/v1/public/surveys/" + slug, null);
        assertThat(survey.status()).as(survey.toString()).isEqualTo(200);
        assertThat(survey.json().get("status").asText()).isEqualTo("OPEN");
        assertThat(survey.json().at("/units/0/code").asText()).isEqualTo("edu-" + t.suffix);
        assertThat(survey.json().at("/questionnaire/sections/0/questions/0/options/0/label/zhHans").asText())
                .isEqualTo("满意");
        String token = survey.header("Survey-Token");
        assertThat(token).isNotBlank();

        String key = UUID.randomUUID().toString();
        Reply first = submit(slug, response("edu-" + t.suffix, "SATISFIED"), key, token);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(stored(slug)).isEqualTo(1);

        Reply again = submit(slug, response("edu-" + t.suffix, "SATISFIED"), key, token);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().get("id").asText()).isEqualTo(first.json().get("id").asText());
        assertThat(stored(slug)).as("a retry stores nothing new").isEqualTo(1);

        Reply otherAnswers = submit(slug, response("edu-" + t.suffix, "DISSATISFIED"), key, token);
        assertThat(otherAnswers.status()).as("the key of another response").isEqualTo(409);
        assertThat(otherAnswers.json().at("/errors/0/field").asText()).isEqualTo("Idempotency-Key");
        assertThat(stored(slug)).isEqualTo(1);
    }

    @Test
    void responses_are_stored_again_at_once_after_the_database_ended_the_servers_connections() throws Exception {
        TestTenant t = TestTenant.create("sv-reconnect");
        String slug = openCampaign(t, "pub");
        assertThat(submit(slug, response("edu-" + t.suffix, "SATISFIED"), UUID.randomUUID().toString(), null)
                .status()).isEqualTo(201);
        // as after a restart of PostgreSQL or a failover: every connection of the application's pools is gone
        try (Connection c = Server.get().ownerConnection(); java.sql.Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(pg_terminate_backend(pid)) from pg_stat_activity"
                     + " where usename = 'gongkai_app'")) {
            rs.next();
            assertThat(rs.getLong(1)).as("the server's pooled connections").isPositive();
        }
        Reply after = submit(slug, response("fin-" + t.suffix, "SATISFIED"), UUID.randomUUID().toString(), null);
        assertThat(after.status()).as(after.toString()).isEqualTo(201);
        Reply next = submit(slug, response("edu-" + t.suffix, "DISSATISFIED"), UUID.randomUUID().toString(), null);
        assertThat(next.status()).as(next.toString()).isEqualTo(201);
        assertThat(stored(slug)).isEqualTo(3);
        assertThat(t.office().get(t.path("/campaigns")).status()).isEqualTo(200);
    }

    @Test
    void concurrent_retries_with_one_idempotency_key_store_one_response() throws Exception {
        TestTenant t = TestTenant.create("sv-race");
        String slug = openCampaign(t, "pub");
        String key = UUID.randomUUID().toString();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Integer> statuses;
        try {
            List<Future<Reply>> replies = threads.invokeAll(Collections.nCopies(8,
                    () -> submit(slug, response("edu-" + t.suffix, "SATISFIED"), key, null)));
            statuses = new ArrayList<>();
            for (Future<Reply> reply : replies) {
                statuses.add(reply.get().status());
            }
        } finally {
            threads.shutdown();
        }

        assertThat(statuses).as(statuses.toString()).containsOnly(200, 201).containsOnlyOnce(201);
        assertThat(stored(slug)).isEqualTo(1);
    }

    @Test
    void a_browser_answers_once_per_unit() throws Exception {
        TestTenant t = TestTenant.create("sv-browser");
        String slug = openCampaign(t, "pub");
        String token = send("GET", "/api/v1/public/surveys/" + slug, null).header("Survey-Token");

        assertThat(submit(slug, response("edu-" + t.suffix, "SATISFIED"), null, token).status()).isEqualTo(201);
        Reply second = submit(slug, response("edu-" + t.suffix, "DISSATISFIED"), null, token);
        assertThat(second.status()).as(second.toString()).isEqualTo(409);
        assertThat(submit(slug, response("fin-" + t.suffix, "SATISFIED"), null, token).status())
                .as("another unit").isEqualTo(201);
        assertThat(stored(slug)).isEqualTo(2);
    }

    @Test
    void invalid_answers_are_refused_naming_the_question_and_nothing_is_stored() throws Exception {
        TestTenant t = TestTenant.create("sv-invalid");
        String slug = openCampaign(t, "pub");
        Map<String, Object> body = new HashMap<>(response("edu-" + t.suffix, "SATISFIED"));
        @SuppressWarnings("unchecked")
        Map<String, Object> answers = new HashMap<>((Map<String, Object>) body.get("answers"));
        answers.remove("timeliness");
        body.put("answers", answers);

        Reply missing = submit(slug, body, null, null);
        assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
        assertThat(missing.json().at("/errors/0/field").asText()).isEqualTo("answers.timeliness");

        answers.put("timeliness", "SATISFIED");
        answers.put("overall-rating", 11);
        Reply outOfRange = submit(slug, body, null, null);
        assertThat(outOfRange.status()).as(outOfRange.toString()).isEqualTo(400);
        assertThat(outOfRange.json().at("/errors/0/field").asText()).isEqualTo("answers.overall-rating");

        Reply otherUnit = submit(slug, response("health-" + t.suffix, "SATISFIED"), null, null);
        assertThat(otherUnit.status()).as("a unit outside the campaign").isEqualTo(400);
        assertThat(otherUnit.json().at("/errors/0/field").asText()).isEqualTo("unitCode");
        assertThat(stored(slug)).isZero();
    }

    @Test
    void a_closed_or_not_yet_open_campaign_refuses_responses_with_409() throws Exception {
        TestTenant t = TestTenant.create("sv-closed");
        LocalDateTime now = LocalDateTime.now();
        String closed = campaign(t, "closed", now.minusDays(30), now.minusDays(1));
        String scheduled = campaign(t, "later", now.plusDays(1), now.plusDays(30));

        assertThat(send("GET", "/api/v1/public/surveys/" + closed, null).json().get("status").asText())
                .isEqualTo("CLOSED");
        Reply refused = submit(closed, response("edu-" + t.suffix, "SATISFIED"), null, null);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(submit(scheduled, response("edu-" + t.suffix, "SATISFIED"), null, null).status()).isEqualTo(409);
        assertThat(stored(closed) + stored(scheduled)).isZero();

        Api.Reply list = t.office().get(t.path("/campaigns"));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().findValuesAsText("status")).containsExactlyInAnyOrder("CLOSED", "SCHEDULED");
        assertThat(list.json().findValuesAsText("slug")).containsExactlyInAnyOrder(closed, scheduled);
    }

    @Test
    void too_many_submissions_from_one_address_are_answered_429_with_retry_after() throws Exception {
        TestTenant t = TestTenant.create("sv-rate");
        String slug = openCampaign(t, "pub");
        Reply limited = null;
        int accepted = 0;
        for (int i = 0; i < 60 && limited == null; i++) {
            Reply reply = submit(slug, response("edu-" + t.suffix, "SATISFIED"), null, null);
            if (reply.status() == 429) {
                limited = reply;
            } else {
                assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
                accepted++;
            }
        }
        assertThat(limited).as("a 429 within 60 quick submissions").isNotNull();
        assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();
        assertThat(stored(slug)).isEqualTo(accepted);
    }

    @Test
    void an_unknown_slug_is_404() {
        Reply get = send("GET", "/api/v1/public/surveys/no-such-survey-" + UUID.randomUUID(), null);
        assertThat(get.status()).isEqualTo(404);
        Reply post = submit("no-such-survey-" + UUID.randomUUID(), response("edu", "SATISFIED"), null, null);
        assertThat(post.status()).isEqualTo(404);
    }

    @Test
    void the_office_reads_counts_satisfaction_rate_and_level_and_a_unit_liaison_may_not() {
        TestTenant t = TestTenant.create("sv-results");
        String slug = openCampaign(t, "pub");
        assertThat(submit(slug, response("edu-" + t.suffix, "SATISFIED"), null, null).status()).isEqualTo(201);
        assertThat(submit(slug, response("edu-" + t.suffix, "FAIRLY_SATISFIED"), null, null).status()).isEqualTo(201);
        assertThat(submit(slug, response("edu-" + t.suffix, "DISSATISFIED"), null, null).status()).isEqualTo(201);

        Api.Reply results = t.office().get(t.path("/campaigns/pub/results"));
        assertThat(results.status()).as(results.toString()).isEqualTo(200);
        JsonNode edu = results.json().at("/units/0");
        assertThat(edu.get("unitCode").asText()).isEqualTo("edu-" + t.suffix);
        JsonNode all = edu.get("allResponses");
        assertThat(all.get("responses").asLong()).isEqualTo(3);
        assertThat(all.get("counted").asLong()).isEqualTo(3);
        // 14 of 21 five-level answers are satisfied (满意, 比较满意 or 基本满意)
        assertThat(all.get("satisfactionRate").decimalValue()).isEqualByComparingTo("66.67");
        assertThat(all.get("level").asText()).isEqualTo("BASICALLY_SATISFIED");
        assertThat(all.get("sampleTooSmallToDecide").asBoolean()).isTrue();
        assertThat(edu.has("excludingFlagged")).isTrue();
        assertThat(results.json().at("/units/1/allResponses/responses").asLong()).isZero();

        assertThat(t.users.get("UNIT_LIAISON").get(t.path("/campaigns/pub/results")).status()).isEqualTo(403);

        Api.Reply csv = t.office().get(t.path("/campaigns/pub/responses.csv"));
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.body().replace("\uFEFF", "").split("\r\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).startsWith("id,unitCode,submittedAt,flags,content,timeliness");
        assertThat(lines[1]).contains(",edu-" + t.suffix + ",").contains("SATISFIED").contains("多公开预算")
                .doesNotContain("127.0.0.1");
        assertThat(t.users.get("UNIT_LIAISON").get(t.path("/campaigns/pub/responses.csv")).status()).isEqualTo(403);
    }

    @Test
    void a_slug_reaches_only_its_own_tenants_data() throws Exception {
        TestTenant a = TestTenant.create("sv-iso-a");
        TestTenant b = TestTenant.create("sv-iso-b");
        String aSlug = openCampaign(a, "pub");
        String bSlug = openCampaign(b, "pub");
        assertThat(submit(bSlug, response("edu-" + b.suffix, "SATISFIED"), null, null).status()).isEqualTo(201);

        Reply survey = send("GET", "/api/v1/public/surveys/" + aSlug, null);
        assertThat(survey.status()).isEqualTo(200);
        assertThat(survey.response().body()).doesNotContain(b.suffix);
        Reply foreignUnit = submit(aSlug, response("edu-" + b.suffix, "SATISFIED"), null, null);
        assertThat(foreignUnit.status()).as("B's unit through A's slug").isEqualTo(400);
        assertThat(foreignUnit.response().body().replace("edu-" + b.suffix, "")).doesNotContain(b.suffix);
        assertThat(stored(aSlug)).isZero();
        assertThat(stored(bSlug)).isEqualTo(1);

        assertThat(a.office().get(b.path("/campaigns/pub/results")).status()).isEqualTo(404);
        assertThat(a.office().get(b.path("/campaigns")).status()).isEqualTo(404);
        Api.Reply ownPath = a.office().get(a.path("/campaigns/pub/results"));
        assertThat(ownPath.status()).isEqualTo(200);
        assertThat(ownPath.body()).doesNotContain(b.suffix);
    }

    @Test
    void the_demo_survey_of_jinchang_is_open_over_its_departments() {
        Reply demo = send("GET", "/api/v1/public/surveys/jinchang-demo", null);
        assertThat(demo.status()).as(demo.toString()).isEqualTo(200);
        assertThat(demo.json().get("status").asText()).isEqualTo("OPEN");
        assertThat(demo.json().get("units").size()).isEqualTo(12);
    }
}
