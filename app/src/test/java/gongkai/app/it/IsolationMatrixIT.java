package gongkai.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tenant isolation, in the manner of Keycloak's permission tests: every endpoint of the /openapi document x every
 * role of tenant A (and anonymous) x tenant B's codes and ids. Each is answered 401, 403 or 404, no body holds any
 * of B's data, and none of B's rows changes. A new endpoint joins the matrix by being in /openapi.
 */
class IsolationMatrixIT {

    static TestTenant a;
    static TestTenant b;
    static String bTokenId;
    static String bScheme;
    static String jinchangTemplate;
    static String bCycle;
    static final String B_REQUEST = "00000000-0000-4000-8000-000000000001";
    static final String B_EVIDENCE = "00000000-0000-4000-8000-00000000e71d";
    static String bCampaign;
    static String aSlug;
    static String bOrder;
    static String bFlag;
    static String bMemberId;
    static String aPanelToken;
    static final String B_DATE = "2025-05-06";
    static final String B_YEAR = "2027";

    @BeforeAll
    static void twoTenants() throws Exception {
        a = TestTenant.create("iso-a").coveringComingYears();
        b = TestTenant.create("iso-b").coveringComingYears();
        bTokenId = b.office().post("/api/v1/me/tokens", Map.of("name", "b-token")).json().at("/token/id").asText();
        bScheme = "sch-" + b.suffix;
        Api.Reply scheme = b.office().post(b.path("/schemes"), Map.of("code", bScheme, "year", 2024,
                "template", "jinchang-2022"));
        assertThat(scheme.status()).as(scheme.toString()).isEqualTo(201);
        jinchangTemplate = b.office().get("/api/v1/scheme-templates/jinchang-2022").body();
        // B's own cycle on a second, approved scheme (the first stays a draft for the scheme endpoints)
        bCycle = "cyc-" + b.suffix;
        String bCycleScheme = "csch-" + b.suffix;
        assertThat(b.office().post(b.path("/schemes"), Map.of("code", bCycleScheme, "year", 2026,
                "template", "jinchang-2022")).status()).isEqualTo(201);
        assertThat(b.office().post(b.path("/schemes/" + bCycleScheme + "/versions/1/approval"), Map.of()).status())
                .isEqualTo(200);
        Api.Reply cycle = b.office().post(b.path("/cycles"), Map.of("code", bCycle, "schemeCode", bCycleScheme,
                "schemeVersion", 1, "period", "2026", "unitCodes", List.of("edu-" + b.suffix, "fin-" + b.suffix)));
        assertThat(cycle.status()).as(cycle.toString()).isEqualTo(201);
        // B's evidence file, written directly (B's cycle is still planned, when no upload is allowed)
        try (Connection c = Server.get().ownerConnection(); Statement s = c.createStatement()) {
            String unitOfB = " from cycle_unit cu join cycle c on c.tenant_id = cu.tenant_id and c.id = cu.cycle_id"
                    + " join assessed_unit u on u.tenant_id = cu.tenant_id and u.id = cu.unit_id"
                    + " where c.code = '" + bCycle + "' and u.code = 'edu-" + b.suffix + "'";
            assertThat(s.executeUpdate("insert into evidence_file select cu.tenant_id, '" + B_EVIDENCE + "',"
                    + " cu.cycle_id, cu.unit_id, 'organisation', null, 'b.pdf', 'application/pdf', 5, repeat('a', 64),"
                    + " 'x', now()" + unitOfB)).isEqualTo(1);
            assertThat(s.executeUpdate("insert into evidence_content select cu.tenant_id, '" + B_EVIDENCE + "',"
                    + " '%PDF-'::bytea" + unitOfB)).isEqualTo(1);
        }
        // B's own calendar, named with its suffix so that any leak of it shows
        assertThat(b.office().put(b.path("/calendar/days/" + B_DATE), Map.of("kind", "HOLIDAY",
                "name", "县庆" + b.suffix)).status()).isEqualTo(200);
        assertThat(b.office().send("PUT", b.path("/calendar/years/" + B_YEAR), "text/plain; charset=UTF-8",
                B_YEAR + "-01-01,HOLIDAY,元旦" + b.suffix).status()).isEqualTo(200);
        // B's campaign with a response; A's campaign is what the public endpoints are called with (a slug is public
        // by design: what matters is that A's slug never shows B's data)
        bCampaign = "camp-" + b.suffix;
        Api.Reply campaign = b.office().post(b.path("/campaigns"), campaignBody(b, bCampaign));
        assertThat(campaign.status()).as(campaign.toString()).isEqualTo(201);
        Api.Reply response = Api.anonymous().post("/api/v1/public/surveys/" + campaign.json().get("slug").asText()
                + "/responses", responseBody());
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(b.office().post(b.path("/campaigns/" + bCampaign + "/access-codes"), Map.of("count", 2)).status())
                .as("B's access codes").isEqualTo(201);
        Api.Reply aCampaign = a.office().post(a.path("/campaigns"), campaignBody(a, "camp-a"));
        assertThat(aCampaign.status()).as(aCampaign.toString()).isEqualTo(201);
        aSlug = aCampaign.json().get("slug").asText();
        // B's rectification order and accountability flag (#4)
        Api.Reply order = b.office().post(b.path("/rectification-orders"), Map.of("unitCode", "edu-" + b.suffix,
                "subject", "整改" + b.suffix));
        assertThat(order.status()).as(order.toString()).isEqualTo(201);
        bOrder = order.json().get("id").asText();
        Api.Reply flag = b.office().post(b.path("/accountability-flags/social-evaluation"), Map.of("unitCode",
                "edu-" + b.suffix, "campaignCode", bCampaign));
        assertThat(flag.status()).as(flag.toString()).isEqualTo(201);
        bFlag = flag.json().get("id").asText();
        // B's panel member (its id is what the office endpoints are called with); A's personal link for the public ones
        Api.Reply bMember = b.office().post(b.path("/campaigns/" + bCampaign + "/panel"),
                Map.of("name", "委员" + b.suffix, "type", "EXPERT"));
        assertThat(bMember.status()).as(bMember.toString()).isEqualTo(201);
        bMemberId = bMember.json().get("memberId").asText();
        aPanelToken = a.office().post(a.path("/campaigns/camp-a/panel"), Map.of("name", "代表", "type", "MEDIA"))
                .json().get("token").asText();
    }

    record Operation(String method, String template) {
    }

    @Test
    void no_role_of_one_tenant_reaches_another_tenants_data_through_any_endpoint() throws Exception {
        List<Operation> operations = operations();
        assertThat(operations).as("operations in /openapi").hasSizeGreaterThan(15)
                .anyMatch(o -> o.template().contains("{code}/units/{unitCode}"));

        Map<String, Api> callers = new LinkedHashMap<>(a.users);
        callers.put("anonymous", Api.anonymous());
        String before = fingerprintOfB();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Operation op : operations) {
            // Built-in templates belong to no tenant: every authenticated user reads them.
            String shared = op.template().replace("{templateId}", "jinchang-2022").replace("{slug}", aSlug)
                    .replace("{token}", aPanelToken);
            String path = shared.replace("{code}", b.code).replace("{unitCode}", "edu-" + b.suffix)
                    .replace("{username}", b.username("office")).replace("{tokenId}", bTokenId)
                    .replace("{schemeCode}", bScheme).replace("{version}", "1")
                    .replace("{date}", B_DATE).replace("{year}", B_YEAR)
                    .replace("{cycleCode}", bCycle).replace("{move}", "notify").replace("{requestId}", B_REQUEST)
                    .replace("{evidenceId}", B_EVIDENCE)
                    .replace("{campaignCode}", bCampaign).replace("{questionnaireCode}", "standard")
                    .replace("{orderId}", bOrder).replace("{flagId}", bFlag)
                    .replace("{week}", "2026-W10").replace("{month}", "2026-03")
                    .replace("{memberId}", bMemberId);
            assertThat(path).as("every path parameter has a value of tenant B").doesNotContain("{");
            // The public results page is for everyone by design: B's code reaches it, but only published data
            boolean foreign = !path.equals(shared) && !op.template().startsWith("/api/v1/public/");
            for (Map.Entry<String, Api> caller : callers.entrySet()) {
                String body = Set.of("POST", "PUT", "PATCH").contains(op.method()) ? body(op.template()) : null;
                Api.Reply reply = caller.getValue().send(op.method(), path, body == null ? null : "application/json", body);
                checked++;
                String what = caller.getKey() + " " + op.method() + " " + path + " -> " + reply;
                Set<Integer> allowed = caller.getKey().equals("anonymous") ? Set.of(401, 404) : Set.of(403, 404);
                if (foreign && !allowed.contains(reply.status())) {
                    failures.add("status: " + what);
                }
                // The caller's own request (B's code or id, echoed in a 404) is not B's data; anything else of B is.
                String unrequested = reply.body().replace(b.code, "").replace("edu-" + b.suffix, "")
                        .replace(b.username("office"), "").replace(bTokenId, "").replace(bScheme, "").replace(bCycle, "")
                        .replace(bCampaign, "");
                if (unrequested.contains(b.suffix)) {
                    failures.add("leak: " + what);
                }
                String after = fingerprintOfB();
                if (!after.equals(before)) {
                    failures.add("changed B: " + what);
                    before = after;
                }
            }
        }
        assertThat(failures).as("isolation failures among " + checked + " calls").isEmpty();
    }

    /** Every (method, path) in the server's own OpenAPI document. */
    static List<Operation> operations() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(Server.get().url("/openapi"))).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode paths = Api.JSON.readTree(response.body()).get("paths");
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next().toUpperCase();
                if (Set.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    operations.add(new Operation(method, path.getKey()));
                }
            }
        }
        return operations;
    }

    /** A plausible body for an endpoint, so that isolation (not validation) decides the answer. */
    static String body(String template) {
        Object body;
        if (template.startsWith("/api/v1/public/panel/")) {
            body = Map.of("answers", responseBody().get("answers"));
        } else if (template.endsWith("/units") || template.endsWith("/units/{unitCode}")) {
            body = Map.of("code", "edu-" + b.suffix, "kind", "DEPARTMENT", "names", Map.of("zhHans", "改"));
        } else if (template.endsWith("/users") || template.endsWith("/users/{username}")) {
            body = Map.of("username", b.username("office"), "displayName", "x", "role", "TENANT_ADMIN",
                    "password", "long-enough-pw");
        } else if (template.endsWith("/tenants") || template.endsWith("/tenants/{code}")) {
            body = Map.of("code", b.code, "level", "CITY", "names", Map.of("zhHans", "改"));
        } else if (template.endsWith("/language")) {
            body = Map.of("language", "en");
        } else if (template.endsWith("/schemes")) {
            body = Map.of("code", bScheme, "year", 2024, "template", "jinchang-2022");
        } else if (template.endsWith("/schemes/{schemeCode}/versions/{version}")) {
            return jinchangTemplate;
        } else if (template.endsWith("/scoring/preview")) {
            body = Map.of("template", "jinchang-2022", "input", Map.of("componentScores", Map.of("annual", 90)));
        } else if (template.endsWith("/cycles")) {
            body = Map.of("code", bCycle, "schemeCode", bScheme, "schemeVersion", 1, "period", "2026",
                    "unitCodes", List.of("edu-" + b.suffix));
        } else if (template.endsWith("/moves/{move}")) {
            body = Map.of("noticeDate", "2026-03-01");
        } else if (template.endsWith("/assessors")) {
            body = Map.of("usernames", List.of(b.username("assessor")));
        } else if (template.endsWith("/self-assessment")) {
            body = Map.of("selfScores", Map.of("organisation", 10), "report", "改");
        } else if (template.endsWith("/scores")) {
            body = Map.of("scores", Map.of("organisation", Map.of("points", 10)));
        } else if (template.endsWith("/review-requests")) {
            body = Map.of("indicator", "organisation", "reason", "改");
        } else if (template.endsWith("/decision")) {
            body = Map.of("accepted", false, "reason", "改");
        } else if (template.endsWith("/rectification-orders")) {
            body = Map.of("unitCode", "edu-" + b.suffix, "subject", "改");
        } else if (template.endsWith("/report")) {
            body = Map.of("report", "改", "evidence", List.of("x"));
        } else if (template.endsWith("/acceptance") || template.endsWith("/send-back")) {
            body = Map.of("reason", "改");
        } else if (template.endsWith("/social-evaluation")) {
            body = Map.of("unitCode", "edu-" + b.suffix, "campaignCode", "改");
        } else if (template.endsWith("/case")) {
            body = Map.of("reference", "改");
        } else if (template.endsWith("/tasks")) {
            body = Map.of("items", List.of("改"));
        } else if (template.endsWith("/checks/{week}")) {
            body = Map.of("itemsBelowStandard", List.of());
        } else if (template.endsWith("/automated-checks")) {
            return "unitCode,indicatorCode,points,comment\nedu-" + b.suffix + ",organisation,10,\n";
        } else if (template.endsWith("/questionnaires")) {
            body = Map.of("code", "standard");
        } else if (template.endsWith("/questionnaires/{questionnaireCode}/versions/{version}")) {
            body = Map.of("title", Map.of("zhHans", "改"), "sections", List.of());
        } else if (template.endsWith("/campaigns")) {
            body = campaignBody(b, bCampaign);
        } else if (template.endsWith("/responses")) {
            body = responseBody();

        } else if (template.endsWith("/campaigns/{campaignCode}/panel")) {
            body = Map.of("name", "委员", "type", "EXPERT");
        } else if (template.endsWith("/campaigns/{campaignCode}/rules")) {
            body = Map.of("publicWeight", 60, "panelWeight", 40, "levelBasis", "SCORE", "satisfiedFrom", 85,
                    "basicallySatisfiedFrom", 65, "minimumPublicResponses", 10, "minimumPanelResponses", 3);
        } else if (template.endsWith("/social-evaluation")) {
            body = Map.of("campaignCode", bCampaign);
        } else if (template.endsWith("/access-codes")) {
            body = Map.of("count", 2);
        } else if (template.endsWith("/access-code-requirement")) {
            body = Map.of("required", true);
        } else if (template.endsWith("/reviews")) {
            body = Map.of("responseId", java.util.UUID.randomUUID().toString(), "decision", "EXCLUDED");
        } else if (template.endsWith("/tokens")) {
            body = Map.of("name", "matrix");
        } else if (template.endsWith("/calendar/days/{date}")) {
            body = Map.of("kind", "WORKDAY", "name", "改");
        } else if (template.endsWith("/calendar/years/{year}")) {
            // Sent as application/json like every body here: the tenant filter must refuse before the media type
            return B_YEAR + "-01-01,HOLIDAY,改";
        } else {
            body = Map.of();
        }
        return Api.json(body);
    }

    static Map<String, Object> campaignBody(TestTenant t, String code) {
        return Map.of("code", code, "names", Map.of("zhHans", "评议" + t.suffix), "unitCodes", List.of("edu-" + t.suffix),
                "opensAt", "2020-01-01T00:00:00", "closesAt", "2099-01-01T00:00:00",
                "modes", List.of("PUBLIC", "REPRESENTATIVE"));
    }

    /** A response about B's unit (refused through A's slug, whose campaign does not evaluate it). */
    static Map<String, Object> responseBody() {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (String q : List.of("content", "timeliness", "channels", "systems", "requests", "attitude", "effect")) {
            answers.put(q, "SATISFIED");
        }
        return Map.of("unitCode", "edu-" + b.suffix, "answers", answers);
    }

    /** A digest of every row tenant B owns, and of its registry row. */
    static String fingerprintOfB() throws Exception {
        try (Connection c = Server.get().ownerConnection(); Statement s = c.createStatement()) {
            StringBuilder all = new StringBuilder();
            for (String table : List.of("assessed_unit", "user_account", "api_token", "audit_event",
                    "assessment_scheme", "calendar_day", "calendar_year", "cycle", "cycle_unit", "review_request",
                    "evidence_file", "evidence_content",
                    "questionnaire", "campaign", "campaign_unit", "survey_response",
                    "rectification_order", "accountability_flag", "routine_task_list", "routine_check",
                    "panel_member", "survey_access_code", "survey_tally", "survey_tally_answer")) {
                try (ResultSet rs = s.executeQuery("select md5(coalesce(string_agg(t::text, '|' order by t::text), ''))"
                        + " from " + table + " t join tenant on tenant.id = t.tenant_id where tenant.code = '" + b.code + "'")) {
                    rs.next();
                    all.append(table).append('=').append(rs.getString(1)).append(';');
                }
            }
            try (ResultSet rs = s.executeQuery("select md5(t::text) from tenant t where code = '" + b.code + "'")) {
                rs.next();
                all.append("tenant=").append(rs.getString(1));
            }
            return all.toString();
        }
    }
}
