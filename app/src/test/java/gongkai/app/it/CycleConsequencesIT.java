package gongkai.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static gongkai.app.it.CycleLifecycleIT.LEAVES;
import static gongkai.app.it.CycleLifecycleIT.MAX;
import static gongkai.app.it.CycleLifecycleIT.move;
import static gongkai.app.it.CycleLifecycleIT.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4: automated-check results imported from CSV (all or nothing, the bad line and column named), and the
 * accountability flags: FAIL in two consecutive annual cycles, social evaluation dissatisfied, cases opened once.
 */
class CycleConsequencesIT {

    static final String HEADER = "unitCode,indicatorCode,points,comment\n";

    @Test
    void automated_checks_import_from_csv_all_or_nothing_naming_the_line_and_column() throws Exception {
        TestTenant t = TestTenant.create("csv").coveringComingYears();
        Api office = t.office();
        Api assessor = t.users.get("ASSESSOR");
        String edu = "edu-" + t.suffix;
        String fin = "fin-" + t.suffix;
        String cycle = quickCycle(t, "checks", "2026", List.of(edu, fin));
        String checks = cycle + "/automated-checks";
        refused(t, () -> csv(office, checks, HEADER + edu + ",platforms,15,\n"), 409, "state");
        assertThat(move(office, cycle, "notify", Map.of("noticeDate", "2026-03-02"))).isEqualTo("NOTIFIED");
        assertThat(move(office, cycle, "start-assessment", Map.of("startDate", "2026-03-02"))).isEqualTo("ASSESSMENT");
        assertThat(office.put(cycle + "/units/" + edu + "/assessors", Map.of("usernames",
                List.of(t.username("assessor")))).status()).isEqualTo(200);

        refused(t, () -> csv(office, checks, HEADER + edu + ",platforms,15,\n" + edu + ",requests,16,\n"), 400,
                "rows[3].points");
        Api.Reply above = csv(office, checks, HEADER + edu + ",platforms,15,\n" + edu + ",requests,16,\n");
        assertThat(above.json().at("/errors/0/message").asText()).contains("line 3").contains("15");
        refused(t, () -> csv(office, checks, HEADER + "nobody,platforms,15,\n"), 400, "rows[2].unitCode");
        refused(t, () -> csv(office, checks, HEADER + edu + ",information,15,\n"), 400, "rows[2].indicatorCode");
        refused(t, () -> csv(office, checks, HEADER + edu + ",platforms,12,\n"), 400, "rows[2].comment");
        refused(t, () -> csv(office, checks, HEADER + edu + ",platforms,1.005,x\n"), 400, "rows[2].points");
        refused(t, () -> csv(office, checks, HEADER + edu + ",platforms,15,\n" + edu + ",platforms,14,x\n"), 400,
                "rows[3].indicatorCode");
        refused(t, () -> csv(office, checks, "unit,indicator,points\n"), 400, "rows[1]");
        refused(t, () -> csv(assessor, checks, HEADER + edu + ",platforms,15,\n" + fin + ",platforms,15,\n"), 403,
                null);
        refused(t, () -> csv(t.users.get("UNIT_LIAISON"), checks, HEADER + edu + ",platforms,15,\n"), 403, null);

        Api.Reply partial = csv(assessor, checks, HEADER + edu + ",platforms,12,\"栏目更新不及时, 见检测报告\"\n");
        assertThat(partial.status()).as(partial.toString()).isEqualTo(200);
        assertThat(partial.json().get("unitsCompletelyScored").asInt()).isZero();
        Api.Reply all = csv(office, checks, fullCsv(List.of(edu, fin), 1));
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(all.json().get("rows").asInt()).isEqualTo(18);
        assertThat(all.json().get("unitsCompletelyScored").asInt()).isEqualTo(2);
        JsonNode scores = office.get(cycle + "/units/" + edu + "/scores").json();
        assertThat(scores.at("/scores/platforms/points").asText()).isEqualTo("14");
        assertThat(scores.at("/scores/platforms/comment").asText()).isEqualTo("自动检测扣分");
        assertThat(scores.get("missing")).isEmpty();
        assertThat(move(office, cycle, "compute-preliminary", Map.of())).isEqualTo("PRELIMINARY");
        refused(t, () -> csv(office, checks, HEADER + edu + ",platforms,15,\n"), 409, "state");
    }

    @Test
    void fail_in_two_consecutive_annual_cycles_and_a_dissatisfied_social_evaluation_raise_flags() throws Exception {
        TestTenant t = TestTenant.create("flags").coveringComingYears();
        Api office = t.office();
        String edu = "edu-" + t.suffix;
        String fin = "fin-" + t.suffix;
        // 2025: edu fails (every indicator 0), fin passes; 2026: both fail. Only edu failed twice running.
        runToFinal(t, quickCycle(t, "annual-2025", "2025", List.of(edu, fin)), Map.of(edu, 0, fin, 100));
        assertThat(office.get(t.path("/accountability-flags")).json()).isEmpty();
        runToFinal(t, quickCycle(t, "annual-2026", "2026", List.of(edu, fin)), Map.of(edu, 0, fin, 0));
        JsonNode flags = office.get(t.path("/accountability-flags")).json();
        assertThat(flags).hasSize(1);
        assertThat(flags.at("/0/unitCode").asText()).isEqualTo(edu);
        assertThat(flags.at("/0/kind").asText()).isEqualTo("FAIL_TWO_YEARS_RUNNING");
        assertThat(flags.at("/0/basis").asText()).isEqualTo("2025 FAIL, 2026 FAIL");
        assertThat(office.get(t.path("/rectification-orders?cycle=annual-2026&unit=" + edu)).json())
                .as("a FAIL grade and every indicator scored 0").hasSize(1 + LEAVES.size());

        refused(t, () -> t.users.get("ASSESSOR").get(t.path("/accountability-flags")), 403, null);
        Map<String, Object> survey = Map.of("unitCode", fin, "campaignCode", "social-2026");
        refused(t, () -> t.users.get("UNIT_LIAISON").post(t.path("/accountability-flags/social-evaluation"), survey),
                403, null);
        refused(t, () -> office.post(t.path("/accountability-flags/social-evaluation"),
                Map.of("unitCode", fin)), 400, "campaignCode");
        Api.Reply raised = office.post(t.path("/accountability-flags/social-evaluation"), survey);
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        assertThat(raised.json().get("kind").asText()).isEqualTo("SOCIAL_EVALUATION_DISSATISFIED");
        refused(t, () -> office.post(t.path("/accountability-flags/social-evaluation"), survey), 409, "campaignCode");

        String flagCase = t.path("/accountability-flags/" + raised.json().get("id").asText() + "/case");
        refused(t, () -> office.post(flagCase, Map.of()), 400, "reference");
        Api.Reply opened = office.post(flagCase, Map.of("reference", "问责〔2026〕1号"));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        assertThat(opened.json().get("caseOpened").asBoolean()).isTrue();
        refused(t, () -> office.post(flagCase, Map.of("reference", "again")), 409, "state");
        assertThat(office.get(t.path("/accountability-flags")).json()).extracting(f -> f.get("caseOpened").asBoolean())
                .containsExactlyInAnyOrder(false, true);
    }

    @Test
    void routine_assessment_weekly_checks_make_a_monthly_bulletin_and_a_quarterly_cycle_ranks_units() throws Exception {
        TestTenant t = TestTenant.create("routine").coveringComingYears();
        Api office = t.office();
        Api assessor = t.users.get("ASSESSOR");
        Api liaison = t.users.get("UNIT_LIAISON");
        String edu = "edu-" + t.suffix;
        String fin = "fin-" + t.suffix;
        String health = "health-" + t.suffix;
        String routine = t.path("/routine");
        Map<String, Object> tasks = Map.of("items", List.of("网站栏目更新", "政策解读同步"));
        refused(t, () -> liaison.put(routine + "/units/" + edu + "/tasks", tasks), 403, null);
        refused(t, () -> office.put(routine + "/units/" + edu + "/tasks", Map.of("items", List.of("a", "a"))), 400,
                "items[1]");
        assertThat(office.put(routine + "/units/" + edu + "/tasks", tasks).status()).isEqualTo(200);
        assertThat(office.put(routine + "/units/" + fin + "/tasks", tasks).status()).isEqualTo(200);
        assertThat(liaison.get(routine + "/units/" + edu + "/tasks").json().get("items")).hasSize(2);
        assertThat(liaison.get(routine + "/units/" + fin + "/tasks").status()).isEqualTo(403);

        String check = routine + "/units/" + edu + "/checks/";
        refused(t, () -> assessor.put(check + "2026-W60", Map.of("itemsBelowStandard", List.of())), 400, "week");
        refused(t, () -> assessor.put(check + "2026-W10", Map.of("itemsBelowStandard", List.of("其他"))), 400,
                "itemsBelowStandard[0]");
        refused(t, () -> assessor.put(routine + "/units/" + health + "/checks/2026-W10",
                Map.of("itemsBelowStandard", List.of())), 409, "unitCode");
        refused(t, () -> liaison.put(check + "2026-W10", Map.of("itemsBelowStandard", List.of())), 403, null);
        assertThat(assessor.put(check + "2026-W10", Map.of("itemsBelowStandard", List.of())).status()).isEqualTo(200);
        assertThat(assessor.put(check + "2026-W11", Map.of("itemsBelowStandard", List.of("网站栏目更新")))
                .status()).isEqualTo(200);
        assertThat(assessor.put(routine + "/units/" + fin + "/checks/2026-W11", Map.of("itemsBelowStandard",
                List.of())).status()).isEqualTo(200);

        JsonNode bulletin = office.get(routine + "/bulletins/2026-03").json();
        assertThat(bulletin).extracting(l -> l.get("unitCode").asText() + " " + l.get("weeksChecked").asInt() + " "
                + l.get("failed").asBoolean()).containsExactlyInAnyOrder(edu + " 2 true", fin + " 1 false");
        assertThat(liaison.get(routine + "/bulletins/2026-03").json()).hasSize(1);
        refused(t, () -> office.get(routine + "/bulletins/2026-13"), 400, "month");
        Api.Reply ordered = office.post(routine + "/bulletins/2026-03/rectification-orders", Map.of());
        assertThat(ordered.status()).as(ordered.toString()).isEqualTo(200);
        assertThat(ordered.json()).extracting(o -> o.get("unitCode").asText() + " " + o.get("reason").asText() + " "
                + o.get("subject").asText()).containsExactly(edu + " FAILED_MONTH 2026-03");
        refused(t, () -> office.post(routine + "/bulletins/2026-03/rectification-orders", Map.of()), 409, "month");

        // The quarterly assessment: a quarterly cycle ranks the units, the last place marked (Art. 15).
        String quarter = quickCycle(t, "q1", "2026-Q1", List.of(edu, fin, health));
        move(office, quarter, "notify", Map.of("noticeDate", "2026-03-02"));
        move(office, quarter, "start-assessment", Map.of("startDate", "2026-03-02"));
        refused(t, () -> office.get(quarter + "/ranking"), 409, "state");
        String csv = fullCsv(List.of(edu), 0) + fullCsv(List.of(fin), 3).substring(HEADER.length())
                + fullCsv(List.of(health), 3).substring(HEADER.length());
        assertThat(csv(office, quarter + "/automated-checks", csv).status()).isEqualTo(200);
        move(office, quarter, "compute-preliminary", Map.of());
        JsonNode ranking = office.get(quarter + "/ranking").json();
        assertThat(ranking).extracting(r -> r.get("place").asInt() + " " + r.get("unitCode").asText() + " "
                + r.get("lastPlace").asBoolean()).containsExactly("1 " + edu + " false", "2 " + fin + " true",
                "2 " + health + " true");
        assertThat(assessor.get(quarter + "/ranking").status()).isEqualTo(403);
    }

    /** A planned annual-style cycle on an approved Jinchang scheme without notice period or self-assessment. */
    static String quickCycle(TestTenant t, String code, String period, List<String> units) {
        Api office = t.office();
        if (office.get(t.path("/schemes/jc/versions/1")).status() == 404) {
            assertThat(office.post(t.path("/schemes"), Map.of("code", "jc", "year", 2026, "template",
                    "jinchang-2022")).status()).isEqualTo(201);
            assertThat(office.post(t.path("/schemes/jc/versions/1/approval"), Map.of()).status()).isEqualTo(200);
        }
        Api.Reply created = office.post(t.path("/cycles"), Map.of("code", code, "schemeCode", "jc", "schemeVersion", 1,
                "period", period, "unitCodes", units, "rules", Map.of("minimumNoticeDays", 0,
                        "selfAssessmentRequired", false)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return t.path("/cycles/" + code);
    }

    /** Scores every unit by CSV (every indicator at its maximum, or all at 0) and moves the cycle to FINAL. */
    static void runToFinal(TestTenant t, String cycle, Map<String, Integer> percent) throws Exception {
        Api office = t.office();
        move(office, cycle, "notify", Map.of("noticeDate", "2026-03-02"));
        move(office, cycle, "start-assessment", Map.of("startDate", "2026-03-02"));
        StringBuilder csv = new StringBuilder(HEADER);
        percent.forEach((unit, p) -> LEAVES.forEach(leaf -> csv.append(unit).append(',').append(leaf).append(',')
                .append(p == 100 ? MAX.get(leaf) + ",\n" : "0,未达标\n")));
        assertThat(csv(office, cycle + "/automated-checks", csv.toString()).status()).isEqualTo(200);
        move(office, cycle, "compute-preliminary", Map.of());
        move(office, cycle, "open-review", Map.of());
        String code = cycle.substring(cycle.lastIndexOf('/') + 1);
        try (Connection c = Server.get().ownerConnection(); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("update cycle set review_window_end = now() - interval '1 minute',"
                    + " review_window_due = current_date - 1 where code = '" + code + "' and tenant_id ="
                    + " (select id from tenant where code = '" + t.code + "')")).isEqualTo(1);
        }
        move(office, cycle, "close-review", Map.of());
        assertThat(move(office, cycle, "finalise", Map.of("approval", Map.of("reference", "审定" + code,
                "approvedOn", "2026-12-01")))).isEqualTo("FINAL");
    }

    /** Every leaf of each unit: at the maximum, except platforms at 14 with a comment. */
    static String fullCsv(List<String> units, int platformsBelow) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (String unit : units) {
            for (String leaf : LEAVES) {
                int points = MAX.get(leaf) - (leaf.equals("platforms") ? platformsBelow : 0);
                csv.append(unit).append(',').append(leaf).append(',').append(points)
                        .append(points < MAX.get(leaf) ? ",自动检测扣分\n" : ",\n");
            }
        }
        return csv.toString();
    }

    static Api.Reply csv(Api api, String path, String body) {
        return api.send("POST", path, "text/csv; charset=UTF-8", body);
    }
}
