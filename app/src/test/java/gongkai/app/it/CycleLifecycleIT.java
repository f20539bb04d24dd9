package gongkai.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4 end to end over REST: a Jinchang-style annual cycle for three units through every state, with a
 * self-assessment, assessors' scores and comments, a bonus cap, a veto, a deduction, a contested indicator accepted
 * with a new score, the review window, the leading group's approval, the consequences (commendation and criticism
 * lists, rectification orders reported, sent back, reported again and accepted), the public results page and the
 * bulletin document. Every refused request is checked to have changed nothing.
 */
class CycleLifecycleIT {

    static final List<String> LEAVES = List.of("organisation", "mechanisms", "proactive-disclosure",
            "policy-interpretation", "responding-to-concerns", "public-participation", "requests", "platforms",
            "other");
    static final Map<String, Integer> MAX = Map.of("organisation", 10, "mechanisms", 10, "proactive-disclosure", 15,
            "policy-interpretation", 10, "responding-to-concerns", 10, "public-participation", 10, "requests", 15,
            "platforms", 15, "other", 5);

    @Test
    void a_jinchang_annual_cycle_runs_from_planned_to_closed_for_three_units() throws Exception {
        TestTenant t = TestTenant.create("cyc").coveringComingYears();
        Api office = t.office();
        Api assessor = t.users.get("ASSESSOR");
        Api eduLiaison = t.users.get("UNIT_LIAISON");
        Api healthLiaison = t.createUser("liaison-h", "UNIT_LIAISON", "health-" + t.suffix);
        String edu = "edu-" + t.suffix;
        String fin = "fin-" + t.suffix;
        String health = "health-" + t.suffix;
        String cycle = t.path("/cycles/annual-2026");

        // An approved scheme from the Jinchang 2022 template; a draft cannot be used by a cycle.
        assertThat(office.post(t.path("/schemes"), Map.of("code", "jc", "year", 2026, "template", "jinchang-2022"))
                .status()).isEqualTo(201);
        Map<String, Object> newCycle = Map.of("code", "annual-2026", "schemeCode", "jc", "schemeVersion", 1,
                "period", "2026", "unitCodes", List.of(edu, fin, health));
        refused(t, () -> office.post(t.path("/cycles"), newCycle), 409, "state");
        assertThat(office.post(t.path("/schemes/jc/versions/1/approval"), Map.of()).status()).isEqualTo(200);

        Api.Reply created = office.post(t.path("/cycles"), newCycle);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("state").asText()).isEqualTo("PLANNED");
        assertThat(created.json().get("units")).hasSize(3);
        assertThat(office.get(t.path("/schemes/jc/versions/1")).json().at("/summary/state").asText())
                .as("creating the cycle froze the scheme version").isEqualTo("IN_USE");
        refused(t, () -> office.post(t.path("/cycles"), newCycle), 409, "code");
        refused(t, () -> assessor.post(t.path("/cycles"), Map.of("code", "other", "schemeCode", "jc", "schemeVersion", 1,
                "period", "2026", "unitCodes", List.of(edu))), 403, null);

        // The office assigns the assessor to two units; it scores the third itself.
        for (String unit : List.of(edu, fin)) {
            assertThat(office.put(cycle + "/units/" + unit + "/assessors",
                    Map.of("usernames", List.of(t.username("assessor")))).status()).isEqualTo(200);
        }
        refused(t, () -> office.put(cycle + "/units/" + health + "/assessors",
                Map.of("usernames", List.of(t.username("panel")))), 400, "usernames[0]");

        // Notified; a start 14 days later is too early (Jinchang 2022 Art. 10: 15 days).
        refused(t, () -> office.post(cycle + "/moves/start-assessment", Map.of("startDate", "2026-03-16")), 409, "state");
        assertThat(move(office, cycle, "notify", Map.of("noticeDate", "2026-03-01"))).isEqualTo("NOTIFIED");
        assertThat(move(office, cycle, "open-self-assessment", Map.of())).isEqualTo("SELF_ASSESSMENT");

        // Self-assessment by the liaison of the unit, and by no one else.
        Map<String, Object> selfScores = new LinkedHashMap<>();
        LEAVES.forEach(code -> selfScores.put(code, MAX.get(code)));
        Map<String, Object> draft = Map.of("selfScores", selfScores, "report", "本单位2026年度政务公开工作自评报告");
        refused(t, () -> eduLiaison.put(cycle + "/units/" + fin + "/self-assessment", draft), 403, null);
        refused(t, () -> eduLiaison.get(cycle + "/units/" + fin + "/self-assessment"), 403, null);
        refused(t, () -> assessor.put(cycle + "/units/" + edu + "/self-assessment", draft), 403, null);
        refused(t, () -> eduLiaison.post(cycle + "/units/" + edu + "/self-assessment/submission", Map.of()), 400,
                "selfScores.organisation");
        assertThat(eduLiaison.put(cycle + "/units/" + edu + "/self-assessment", draft).status()).isEqualTo(200);
        Api.Reply submitted = eduLiaison.post(cycle + "/units/" + edu + "/self-assessment/submission", Map.of());
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(submitted.json().get("submittedAt").isNull()).isFalse();
        refused(t, () -> eduLiaison.post(cycle + "/units/" + edu + "/self-assessment/submission", Map.of()), 409,
                "selfAssessment");
        JsonNode eduOnly = eduLiaison.get(cycle).json();
        assertThat(eduOnly.get("units")).extracting(u -> u.get("unitCode").asText()).containsExactly(edu);
        assertThat(eduOnly.at("/units/0/stage").asText()).isEqualTo("SELF_ASSESSMENT_SUBMITTED");
        refused(t, () -> assessor.put(cycle + "/units/" + edu + "/scores", Map.of("scores", Map.of("organisation",
                Map.of("points", 10)))), 409, "state");

        refused(t, () -> office.post(cycle + "/moves/start-assessment", Map.of("startDate", "2026-03-15")), 409,
                "startDate");
        assertThat(move(office, cycle, "start-assessment", Map.of("startDate", "2026-03-16"))).isEqualTo("ASSESSMENT");

        // Scores: above the maximum, and below it without a comment, are refused; only assigned units.
        refused(t, () -> assessor.put(cycle + "/units/" + edu + "/scores", Map.of("scores", Map.of("organisation",
                Map.of("points", 11)))), 400, "scores.organisation");
        refused(t, () -> assessor.put(cycle + "/units/" + edu + "/scores", Map.of("scores", Map.of("mechanisms",
                Map.of("points", 8)))), 400, "scores.mechanisms.comment");
        refused(t, () -> assessor.put(cycle + "/units/" + health + "/scores", Map.of("scores", Map.of("organisation",
                Map.of("points", 10)))), 403, null);
        refused(t, () -> eduLiaison.put(cycle + "/units/" + edu + "/scores", Map.of("scores", Map.of("organisation",
                Map.of("points", 10)))), 403, null);
        refused(t, () -> assessor.put(cycle + "/units/" + edu + "/scores", Map.of("scores", Map.of(),
                "events", Map.of("bonuses", List.of(Map.of("code", "no-such-bonus", "count", 1))))), 400, null);

        // edu: 98 points and 11 bonus points, capped at 10 (Art. 13): 108 uncapped, 100 counted, EXCELLENT.
        Map<String, Object> eduScores = full();
        eduScores.put("mechanisms", Map.of("points", 8, "comment", "培训记录不全"));
        score(assessor, cycle, edu, eduScores, Map.of("bonuses", List.of(Map.of("code", "upper-commendation",
                "count", 4), Map.of("code", "media-feature", "count", 3))));
        // fin: 97 points, but a government new-media veto (Art. 11): FAIL.
        Map<String, Object> finScores = full();
        finScores.put("platforms", Map.of("points", 12, "comment", "政务新媒体更新不及时"));
        score(assessor, cycle, fin, finScores, Map.of("vetoes", List.of("new-media-veto")));
        // health, scored by the office: 83 points, an incident deduction of 5 (Art. 14): 78, PASS.
        Map<String, Object> healthScores = new LinkedHashMap<>();
        Map<String, Integer> healthPoints = Map.of("organisation", 9, "mechanisms", 8, "proactive-disclosure", 12,
                "policy-interpretation", 8, "responding-to-concerns", 8, "public-participation", 8, "requests", 12,
                "platforms", 13, "other", 5);
        healthPoints.forEach((code, points) -> healthScores.put(code, points.equals(MAX.get(code))
                ? Map.of("points", points) : Map.of("points", points, "comment", "扣分原因" + code)));
        score(office, cycle, health, healthScores, Map.of("deductions", List.of(Map.of("code", "incident",
                "points", 5))));

        // Preliminary results by the engine, the same as its what-if preview.
        assertThat(office.get(cycle + "/results").json()).as("no results before they are computed").isEmpty();
        assertThat(move(office, cycle, "compute-preliminary", Map.of())).isEqualTo("PRELIMINARY");
        JsonNode results = office.get(cycle + "/results").json();
        assertThat(results).extracting(r -> r.get("unitCode").asText()).containsExactly(edu, fin, health);
        assertResult(results.get(0), "100.00", "EXCELLENT");
        assertThat(results.get(0).get("uncappedTotal").asText()).isEqualTo("108.00");
        assertThat(results.get(0).get("explanation")).anyMatch(l -> l.get("kind").asText().equals("CAP"));
        assertResult(results.get(1), "97.00", "FAIL");
        assertThat(results.get(1).get("explanation")).anyMatch(l -> l.get("kind").asText().equals("VETO"));
        assertResult(results.get(2), "78.00", "PASS");
        JsonNode preview = office.post(t.path("/schemes/jc/versions/1/preview"), Map.of("indicatorScores",
                Map.of("organisation", 9, "mechanisms", 8, "proactive-disclosure", 12, "policy-interpretation", 8,
                        "responding-to-concerns", 8, "public-participation", 8, "requests", 12, "platforms", 13,
                        "other", 5), "deductions", List.of(Map.of("code", "incident", "points", 5)))).json();
        assertThat(preview.get("total").asText()).isEqualTo("78.00");
        assertThat(preview.get("grade").asText()).isEqualTo("PASS");
        assertThat(eduLiaison.get(cycle + "/results").json()).as("units see results from the review on").isEmpty();
        refused(t, () -> assessor.put(cycle + "/units/" + edu + "/scores", Map.of("scores", Map.of("organisation",
                Map.of("points", 10)))), 409, "state");

        // Review: the units contest within the window; decisions are audited old -> new.
        assertThat(move(office, cycle, "open-review", Map.of())).isEqualTo("REVIEW");
        assertThat(healthLiaison.get(cycle + "/results").json()).extracting(r -> r.get("unitCode").asText())
                .containsExactly(health);
        refused(t, () -> eduLiaison.post(cycle + "/units/" + health + "/review-requests",
                Map.of("indicator", "requests", "reason", "x")), 403, null);
        Api.Reply contested = healthLiaison.post(cycle + "/units/" + health + "/review-requests",
                Map.of("indicator", "requests", "reason", "依申请公开答复均在法定期限内，附登记台账"));
        assertThat(contested.status()).as(contested.toString()).isEqualTo(201);
        assertThat(contested.json().get("oldScore").asText()).isEqualTo("12.00");
        refused(t, () -> healthLiaison.post(cycle + "/units/" + health + "/review-requests",
                Map.of("indicator", "requests", "reason", "again")), 409, "indicator");
        Api.Reply eduContest = eduLiaison.post(cycle + "/units/" + edu + "/review-requests",
                Map.of("indicator", "mechanisms", "reason", "培训记录已补充"));
        assertThat(eduContest.status()).isEqualTo(201);
        refused(t, () -> office.post(cycle + "/moves/close-review", Map.of()), 409, "now");
        refused(t, () -> assessor.post(cycle + "/units/" + health + "/review-requests/"
                + contested.json().get("id").asText() + "/decision", Map.of("accepted", true, "reason", "x",
                "newScore", Map.of("points", 15))), 403, null);
        Api.Reply rejected = assessor.post(cycle + "/units/" + edu + "/review-requests/"
                + eduContest.json().get("id").asText() + "/decision",
                Map.of("accepted", false, "reason", "补充材料形成于考核之后"));
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
        refused(t, () -> office.post(cycle + "/units/" + health + "/review-requests/" + contested.json().get("id").asText()
                + "/decision", Map.of("accepted", true, "reason", "台账属实", "newScore", Map.of("points", 16))), 400,
                "scores.requests");
        Api.Reply accepted = office.post(cycle + "/units/" + health + "/review-requests/"
                + contested.json().get("id").asText() + "/decision",
                Map.of("accepted", true, "reason", "台账属实", "newScore", Map.of("points", 15)));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().get("newScore").asText()).isEqualTo("15.00");
        JsonNode rescored = office.get(cycle + "/results").json().get(2);
        assertResult(rescored, "81.00", "GOOD");
        try (Connection c = Server.get().ownerConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select a.before::text, a.after::text from audit_event a join tenant t"
                     + " on t.id = a.tenant_id where t.code = '" + t.code + "' and a.action = 'ACCEPT_REVIEW'")) {
            assertThat(rs.next()).as("the accepted review is audited").isTrue();
            assertThat(rs.getString(1)).contains("12.00");
            assertThat(rs.getString(2)).contains("15.00");
        }
        assertThat(office.get(cycle + "/review-requests").json()).hasSize(2);
        assertThat(healthLiaison.get(cycle + "/review-requests").json()).hasSize(1);

        // The window ends (the test moves it into the past rather than wait three working days).
        try (Connection c = Server.get().ownerConnection(); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("update cycle set review_window_end = now() - interval '1 minute',"
                    + " review_window_due = current_date - 1 where code = 'annual-2026' and tenant_id ="
                    + " (select id from tenant where code = '" + t.code + "')")).isEqualTo(1);
        }
        refused(t, () -> healthLiaison.post(cycle + "/units/" + health + "/review-requests",
                Map.of("indicator", "platforms", "reason", "late")), 409, "requestedAt");
        refused(t, () -> office.post(cycle + "/moves/finalise", Map.of("approval", Map.of("reference", "会议纪要",
                "approvedOn", "2026-12-01"))), 409, "state");
        refused(t, () -> office.get(cycle + "/bulletin"), 409, "state");
        assertThat(move(office, cycle, "close-review", Map.of())).isEqualTo("REVIEW");

        // The leading group approves: grades are locked, scoring is refused.
        assertThat(move(office, cycle, "finalise", Map.of("approval", Map.of("reference", "金政公组〔2026〕3号",
                "approvedOn", "2026-12-01")))).isEqualTo("FINAL");
        refused(t, () -> office.put(cycle + "/units/" + health + "/scores", Map.of("scores", Map.of("requests",
                Map.of("points", 15)))), 409, "state");
        assertThat(office.get(cycle + "/results").json()).extracting(r -> r.get("finalGrade").asText())
                .containsExactly("EXCELLENT", "FAIL", "GOOD");
        JsonNode consequences = office.get(cycle + "/consequences").json();
        assertThat(consequences.get("commendations")).extracting(JsonNode::asText).containsExactly(edu);
        assertThat(consequences.get("criticisms")).extracting(JsonNode::asText).containsExactly(fin);
        assertThat(eduLiaison.get(cycle + "/consequences").json().get("criticisms"))
                .as("units see the lists once published").isEmpty();

        rectification(t, cycle, office, eduLiaison, edu, fin, health);

        // Published: the public page lists units and grades without login; then closed.
        assertThat(Api.anonymous().get("/api/v1/public/tenants/" + t.code + "/results").json().get("cycles"))
                .as("nothing public before publication").isEmpty();
        assertThat(move(office, cycle, "publish", Map.of())).isEqualTo("PUBLISHED");
        Api.Reply page = Api.anonymous().get("/api/v1/public/tenants/" + t.code + "/results");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        JsonNode units = page.json().at("/cycles/0/units");
        assertThat(units).extracting(u -> u.get("unitCode").asText()).containsExactly(edu, fin, health);
        assertThat(units).extracting(u -> u.get("grade").asText()).containsExactly("EXCELLENT", "FAIL", "GOOD");
        assertThat(units).extracting(u -> u.get("total").asText()).containsExactly("100.00", "97.00", "81.00");
        assertThat(page.body()).doesNotContain("explanation").doesNotContain("comment");
        assertThat(Api.anonymous().get("/api/v1/public/tenants/no-such-" + t.suffix + "/results").status())
                .isEqualTo(404);
        bulletinParsesBack(t, cycle, edu, fin);
        assertThat(move(office, cycle, "close", Map.of())).isEqualTo("CLOSED");
        refused(t, () -> office.post(cycle + "/moves/publish", Map.of()), 409, "state");
        refused(t, () -> office.post(cycle + "/moves/no-such-move", Map.of()), 404, null);
        assertThat(office.get(t.path("/cycles")).json()).extracting(c -> c.get("state").asText())
                .containsExactly("CLOSED");
    }

    @Test
    void preliminary_results_need_every_unit_scored_and_a_cycle_is_cancelled_only_before_the_assessment()
            throws Exception {
        TestTenant t = TestTenant.create("cyc-cancel").coveringComingYears();
        Api office = t.office();
        String edu = "edu-" + t.suffix;
        String fin = "fin-" + t.suffix;
        assertThat(office.post(t.path("/schemes"), Map.of("code", "jc", "year", 2026, "template", "jinchang-2022"))
                .status()).isEqualTo(201);
        assertThat(office.post(t.path("/schemes/jc/versions/1/approval"), Map.of()).status()).isEqualTo(200);
        refused(t, () -> office.post(t.path("/cycles"), Map.of("code", "bad", "schemeCode", "jc", "schemeVersion", 1,
                "period", "2026", "unitCodes", List.of(edu, "no-such-unit"))), 400, "unitCodes[1]");
        refused(t, () -> office.post(t.path("/cycles"), Map.of("code", "bad", "schemeCode", "jc", "schemeVersion", 2,
                "period", "2026", "unitCodes", List.of(edu))), 400, "schemeVersion");
        refused(t, () -> office.post(t.path("/cycles"), Map.of("code", "bad", "schemeCode", "jc", "schemeVersion", 1,
                "period", "2026", "unitCodes", List.of(edu), "rules", Map.of("reviewWorkingDays", 0))), 400,
                "rules.reviewWorkingDays");
        // Rules without self-assessment or notice period: the assessment starts straight from NOTIFIED.
        assertThat(office.post(t.path("/cycles"), Map.of("code", "quick", "schemeCode", "jc", "schemeVersion", 1,
                "period", "2026-Q1", "unitCodes", List.of(edu, fin), "rules", Map.of("minimumNoticeDays", 0,
                        "selfAssessmentRequired", false))).status()).isEqualTo(201);
        String quick = t.path("/cycles/quick");
        assertThat(move(office, quick, "notify", Map.of("noticeDate", "2026-03-02"))).isEqualTo("NOTIFIED");
        assertThat(move(office, quick, "start-assessment", Map.of("startDate", "2026-03-02"))).isEqualTo("ASSESSMENT");
        score(office, quick, edu, full(), Map.of());
        assertThat(office.put(quick + "/units/" + fin + "/scores", Map.of("scores", Map.of("organisation",
                Map.of("points", 10)))).status()).isEqualTo(200);
        refused(t, () -> office.post(quick + "/moves/compute-preliminary", Map.of()), 409, "units");
        score(office, quick, fin, full(), Map.of());
        assertThat(move(office, quick, "compute-preliminary", Map.of())).isEqualTo("PRELIMINARY");
        assertThat(office.get(quick + "/results").json()).hasSize(2);
        assertThat(move(office, quick, "reopen-assessment", Map.of())).isEqualTo("ASSESSMENT");
        assertThat(office.get(quick + "/results").json()).as("results being corrected are not shown").isEmpty();
        refused(t, () -> office.post(quick + "/moves/cancel", Map.of("reason", "x")), 409, "state");

        // A second cycle on the same (now IN_USE) version, cancelled with a reason.
        assertThat(office.post(t.path("/cycles"), Map.of("code", "called-off", "schemeCode", "jc", "schemeVersion", 1,
                "period", "2026", "unitCodes", List.of(fin))).status()).isEqualTo(201);
        String calledOff = t.path("/cycles/called-off");
        assertThat(move(office, calledOff, "notify", Map.of("noticeDate", "2026-03-02"))).isEqualTo("NOTIFIED");
        refused(t, () -> office.post(calledOff + "/moves/cancel", Map.of()), 400, "reason");
        refused(t, () -> t.users.get("ASSESSOR").post(calledOff + "/moves/cancel", Map.of("reason", "x")), 403, null);
        assertThat(move(office, calledOff, "cancel", Map.of("reason", "并入省级考核"))).isEqualTo("CANCELLED");
        refused(t, () -> office.post(calledOff + "/moves/open-self-assessment", Map.of()), 409, "state");
        assertThat(office.get(calledOff).json().get("cancellationReason").asText()).isEqualTo("并入省级考核");
    }

    /**
     * The grades' rectification orders (fin's FAIL by the veto, edu's contested indicator whose deduction stood), one
     * of them ordered, reported, sent back, reported again and accepted; one ordered by hand; overdue shown.
     */
    static void rectification(TestTenant t, String cycle, Api office, Api eduLiaison, String edu, String fin,
                              String health) throws Exception {
        Api finLiaison = t.createUser("liaison-f", "UNIT_LIAISON", fin);
        String orders = t.path("/rectification-orders");
        JsonNode ordered = office.get(orders + "?cycle=annual-2026").json();
        assertThat(ordered).extracting(o -> o.get("reason").asText() + " " + o.get("unitCode").asText() + " "
                + o.get("subject").asText()).containsExactlyInAnyOrder("FAIL_GRADE " + fin + " FAIL",
                "CONTESTED_ITEM " + edu + " mechanisms");
        assertThat(ordered).allMatch(o -> o.get("state").asText().equals("ORDERED") && !o.get("overdue").asBoolean()
                && !o.get("dueDate").isNull());
        String finOrder = null;
        for (JsonNode order : ordered) {
            if (order.get("unitCode").asText().equals(fin)) {
                finOrder = orders + "/" + order.get("id").asText();
            }
        }
        String eduOrder = orders + "/" + eduLiaison.get(orders).json().get(0).get("id").asText();
        assertThat(eduLiaison.get(orders).json()).as("a liaison sees their own unit's orders").hasSize(1);
        assertThat(eduLiaison.get(finOrder).status()).isEqualTo(404);

        Map<String, Object> report = Map.of("report", "已对政务新媒体开展专项整改，建立更新台账", "evidence",
                List.of("evidence-1"));
        String finOrderPath = finOrder;
        refused(t, () -> eduLiaison.post(finOrderPath + "/report", report), 403, null);
        refused(t, () -> office.post(finOrderPath + "/acceptance", Map.of()), 409, "state");
        refused(t, () -> finLiaison.post(finOrderPath + "/report", Map.of("report", " ")), 400, "report");
        Api.Reply reported = finLiaison.post(finOrderPath + "/report", report);
        assertThat(reported.status()).as(reported.toString()).isEqualTo(200);
        assertThat(reported.json().get("state").asText()).isEqualTo("REPORTED");
        assertThat(reported.json().get("evidence")).extracting(JsonNode::asText).containsExactly("evidence-1");
        refused(t, () -> finLiaison.post(finOrderPath + "/report", report), 409, "state");
        refused(t, () -> finLiaison.post(finOrderPath + "/send-back", Map.of("reason", "x")), 403, null);
        refused(t, () -> office.post(finOrderPath + "/send-back", Map.of()), 400, "reason");
        Api.Reply sentBack = office.post(finOrderPath + "/send-back", Map.of("reason", "缺少更新台账截图"));
        assertThat(sentBack.json().get("state").asText()).as(sentBack.toString()).isEqualTo("SENT_BACK");
        assertThat(finLiaison.get(finOrder).json().get("decisionReason").asText()).isEqualTo("缺少更新台账截图");
        Api.Reply again = finLiaison.post(finOrderPath + "/report", Map.of("report", "已补充台账截图", "evidence",
                List.of("evidence-1", "evidence-2")));
        assertThat(again.json().get("reports").asInt()).as(again.toString()).isEqualTo(2);
        Api.Reply accepted = office.post(finOrderPath + "/acceptance", Map.of("reason", "整改到位"));
        assertThat(accepted.json().get("state").asText()).as(accepted.toString()).isEqualTo("ACCEPTED");
        refused(t, () -> office.post(finOrderPath + "/acceptance", Map.of()), 409, "state");
        try (Connection c = Server.get().ownerConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select a.action, count(*) from audit_event a join tenant t on"
                     + " t.id = a.tenant_id where t.code = '" + t.code + "' and a.entity_type = 'rectification_order'"
                     + " group by a.action order by a.action")) {
            Map<String, Integer> actions = new LinkedHashMap<>();
            while (rs.next()) {
                actions.put(rs.getString(1), rs.getInt(2));
            }
            assertThat(actions).containsEntry("ORDER_RECTIFICATION", 2).containsEntry("REPORT_RECTIFICATION", 2)
                    .containsEntry("SEND_BACK_RECTIFICATION", 1).containsEntry("ACCEPT_RECTIFICATION", 1);
        }

        // edu's order runs past its deadline (moved into the past rather than waited for): it shows as overdue.
        try (Connection c = Server.get().ownerConnection(); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("update rectification_order set due_end = now() - interval '1 minute',"
                    + " due_date = current_date - 1 where id = '" + eduOrder.substring(eduOrder.lastIndexOf('/') + 1)
                    + "'")).isEqualTo(1);
        }
        assertThat(eduLiaison.get(eduOrder).json().get("overdue").asBoolean()).isTrue();
        assertThat(office.get(finOrder).json().get("overdue").asBoolean()).isFalse();

        // The office orders one by hand; only the office may.
        Map<String, Object> manual = Map.of("unitCode", health, "subject", "政策解读栏目", "cycleCode", "annual-2026",
                "workingDays", 10);
        refused(t, () -> t.users.get("ASSESSOR").post(orders, manual), 403, null);
        refused(t, () -> office.post(orders, Map.of("unitCode", "no-such", "subject", "x")), 400, "unitCode");
        refused(t, () -> office.post(orders, Map.of("unitCode", health, "subject", "x", "workingDays", 0)), 400,
                "workingDays");
        Api.Reply byHand = office.post(orders, manual);
        assertThat(byHand.status()).as(byHand.toString()).isEqualTo(201);
        assertThat(byHand.json().get("reason").asText()).isEqualTo("MANUAL");
        assertThat(office.get(orders).json()).hasSize(3);
        assertThat(t.users.get("ASSESSOR").get(orders).json()).as("an assessor sees the orders of assigned units")
                .extracting(o -> o.get("unitCode").asText()).containsExactlyInAnyOrder(edu, fin);
    }

    /** The bulletin downloads as a .docx that POI opens, with the tenant, the units' names and grades. */
    static void bulletinParsesBack(TestTenant t, String cycle, String edu, String fin) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(Server.get().url(cycle + "/bulletin"))).header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString((t.username("office") + ":" + TestTenant.PASSWORD)
                        .getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(response.body()))) {
            String text = docx.getParagraphs().stream().map(XWPFParagraph::getText)
                    .reduce("", (a, b) -> a + "\n" + b);
            assertThat(text).contains("测试辖区" + t.suffix).contains("annual-2026");
            XWPFTable table = docx.getTables().get(0);
            assertThat(table.getRows()).hasSize(4);
            assertThat(table.getRow(1).getCell(2).getText()).isEqualTo("单位edu" + t.suffix);
            assertThat(table.getRow(1).getCell(4).getText()).isEqualTo("优秀");
            assertThat(table.getRow(3).getCell(1).getText()).isEqualTo(fin);
            assertThat(table.getRow(3).getCell(4).getText()).isEqualTo("不合格");
            assertThat(text).contains("通报表彰\n单位edu" + t.suffix).contains("单位fin" + t.suffix + "（限期整改）");
        }
        assertThat(t.users.get("UNIT_LIAISON").get(cycle + "/bulletin").status()).isEqualTo(403);
    }

    static Map<String, Object> full() {
        Map<String, Object> scores = new LinkedHashMap<>();
        LEAVES.forEach(code -> scores.put(code, Map.of("points", MAX.get(code))));
        return scores;
    }

    static void score(Api api, String cycle, String unit, Map<String, Object> scores, Map<String, Object> events) {
        Api.Reply reply = api.put(cycle + "/units/" + unit + "/scores", Map.of("scores", scores, "events", events));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("missing")).isEmpty();
        assertThat(reply.json().get("scoredAt").isNull()).isFalse();
    }

    static String move(Api office, String cycle, String move, Map<String, Object> body) {
        Api.Reply reply = office.post(cycle + "/moves/" + move, body);
        assertThat(reply.status()).as(move + ": " + reply).isEqualTo(200);
        return reply.json().get("state").asText();
    }

    static void assertResult(JsonNode result, String total, String grade) {
        assertThat(result.get("total").asText()).as(result.toString()).isEqualTo(total);
        assertThat(result.get("grade").asText()).as(result.toString()).isEqualTo(grade);
    }

    /** Sends a request that must be refused with {@code status} naming {@code field}, and checks it changed nothing. */
    static void refused(TestTenant t, Supplier<Api.Reply> request, int status, String field) throws Exception {
        String before = fingerprint(t);
        Api.Reply reply = request.get();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        if (field != null) {
            assertThat(reply.json().at("/errors/0/field").asText()).as(reply.toString()).isEqualTo(field);
        }
        assertThat(fingerprint(t)).as("a refused request changed nothing: " + reply).isEqualTo(before);
    }

    /** A digest of the tenant's cycles, units in cycles, review requests, schemes and audit log. */
    static String fingerprint(TestTenant t) throws Exception {
        StringBuilder all = new StringBuilder();
        try (Connection c = Server.get().ownerConnection(); Statement s = c.createStatement()) {
            for (String table : List.of("cycle", "cycle_unit", "review_request", "assessment_scheme", "audit_event",
                    "rectification_order", "accountability_flag", "routine_task_list", "routine_check")) {
                try (ResultSet rs = s.executeQuery("select md5(coalesce(string_agg(x::text, '|' order by x::text),"
                        + " '')) from " + table + " x join tenant on tenant.id = x.tenant_id where tenant.code = '"
                        + t.code + "'")) {
                    rs.next();
                    all.append(table).append('=').append(rs.getString(1)).append(';');
                }
            }
        }
        return all.toString();
    }
}
