package gongkai.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 4's working-day calendar over HTTP: the contract, local days, imported years, refusals and isolation. */
class CalendarApiIT {

    /** A made-up list for 2027 (the State Council has not published it): New Year and a Spring Festival week. */
    static final String LIST_2027 = """
            # test data, not the official 2027 notice
            2027-01-01,HOLIDAY,元旦
            2027-01-02,HOLIDAY,元旦
            2027-01-03,HOLIDAY,元旦
            2027-02-06,HOLIDAY,春节
            2027-02-07,HOLIDAY,春节
            2027-02-08,HOLIDAY,春节
            2027-02-09,HOLIDAY,春节
            2027-02-10,HOLIDAY,春节
            2027-02-11,HOLIDAY,春节
            2027-02-12,HOLIDAY,春节
            2027-02-13,HOLIDAY,春节
            2027-02-14,WORKDAY,春节
            """;

    @Test
    void the_nth_working_day_after_a_date_skips_weekends_and_official_holidays() {
        TestTenant t = TestTenant.create("cal");
        Api assessor = t.users.get("ASSESSOR");
        // 20 working days across Spring Festival 2025 (1-28 to 2-4 off, 1-26 and 2-8 worked)
        assertThat(date(assessor, t, "from=2025-01-20&add=20")).isEqualTo("2025-02-21");
        // ... and across National Day 2024 (10-1 to 10-7 off, 9-29 and 10-12 worked)
        assertThat(date(assessor, t, "from=2024-09-27&add=20")).isEqualTo("2024-10-30");
        assertThat(date(assessor, t, "from=2025-03-03&add=0")).as("0 working days").isEqualTo("2025-03-03");
        Api.Reply reply = assessor.get(t.path("/calendar/working-days?from=2025-01-20&add=20"));
        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(reply.json().size()).as(reply.toString()).isEqualTo(1);
    }

    @Test
    void working_days_between_two_dates_count_both_ends_and_the_adjusted_working_days() {
        TestTenant t = TestTenant.create("cal");
        Api liaison = t.users.get("UNIT_LIAISON");
        // 9-28 (Sunday, worked), 9-29, 9-30, then 10-1 to 10-8 off, 10-9, 10-10, 10-11 (Saturday, worked)
        assertThat(count(liaison, t, "from=2025-09-28&to=2025-10-12")).isEqualTo(6);
        assertThat(count(liaison, t, "from=2025-10-01&to=2025-10-08")).as("the holiday itself").isZero();
        assertThat(count(liaison, t, "from=2025-03-03&to=2025-03-03")).as("one working day").isEqualTo(1);
    }

    @Test
    void a_local_holiday_shifts_a_deadline_is_audited_and_removing_it_restores_the_deadline() {
        TestTenant t = TestTenant.create("cal");
        Api office = t.office();
        assertThat(date(office, t, "from=2025-03-03&add=5")).isEqualTo("2025-03-10");

        Api.Reply set = office.put(t.path("/calendar/days/2025-03-05"), Map.of("kind", "HOLIDAY", "name", "县庆"));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().get("reason").asText()).isEqualTo("LOCAL_HOLIDAY");
        assertThat(set.json().get("weekday").asText()).isEqualTo("WEDNESDAY");
        assertThat(date(office, t, "from=2025-03-03&add=5")).isEqualTo("2025-03-11");
        assertThat(date(t.users.get("ASSESSOR"), t, "from=2025-03-03&add=5")).as("for everyone of the tenant")
                .isEqualTo("2025-03-11");

        JsonNode year = office.get(t.path("/calendar/days?year=2025")).json();
        assertThat(year.get("covered").asBoolean()).isTrue();
        assertThat(year.get("days")).anySatisfy(d -> {
            assertThat(d.get("date").asText()).isEqualTo("2025-03-05");
            assertThat(d.get("local").asBoolean()).isTrue();
            assertThat(d.get("workingDay").asBoolean()).isFalse();
            assertThat(d.get("name").asText()).isEqualTo("县庆");
        });
        assertThat(year.get("days")).anySatisfy(d -> {
            assertThat(d.get("date").asText()).isEqualTo("2025-01-26");
            assertThat(d.get("reason").asText()).isEqualTo("ADJUSTED_WORKING_DAY");
        });

        Api.Reply renamed = office.put(t.path("/calendar/days/2025-03-05"), Map.of("kind", "HOLIDAY", "name", "县庆日"));
        assertThat(renamed.status()).isEqualTo(200);
        JsonNode audit = office.get(t.path("/audit?entityType=calendar-day")).json();
        assertThat(audit).extracting(e -> e.get("action").asText()).containsExactly("UPDATE", "CREATE");
        assertThat(audit.get(0).get("entityKey").asText()).isEqualTo("2025-03-05");
        assertThat(audit.get(0).get("before").asText()).contains("县庆");
        assertThat(audit.get(0).get("after").asText()).contains("县庆日").contains("HOLIDAY");

        assertThat(office.delete(t.path("/calendar/days/2025-03-05")).status()).isEqualTo(204);
        assertThat(date(office, t, "from=2025-03-03&add=5")).isEqualTo("2025-03-10");
        assertThat(office.get(t.path("/audit?entityType=calendar-day&action=DELETE")).json()).hasSize(1);
        assertThat(office.get(t.path("/calendar/days?year=2025")).json().get("days"))
                .noneSatisfy(d -> assertThat(d.get("local").asBoolean()).isTrue());
    }

    @Test
    void a_local_working_day_on_a_weekend_brings_a_deadline_forward() {
        TestTenant t = TestTenant.create("cal");
        Api office = t.office();
        assertThat(office.put(t.path("/calendar/days/2025-03-08"), Map.of("kind", "WORKDAY", "name", "补班"))
                .status()).isEqualTo(200);
        assertThat(date(office, t, "from=2025-03-03&add=5")).isEqualTo("2025-03-08");
        assertThat(count(office, t, "from=2025-03-03&to=2025-03-09")).isEqualTo(6);
    }

    @Test
    void an_imported_year_makes_its_dates_computable_and_a_bad_line_stores_nothing() throws Exception {
        TestTenant t = TestTenant.create("cal");
        Api office = t.office();
        expectProblem(t, () -> office.get(t.path("/calendar/working-days?from=2026-12-21&add=20")), 400, "add");
        expectProblem(t, () -> office.get(t.path("/calendar/working-days?from=2027-01-04&add=1")), 400, "from");
        assertThat(office.get(t.path("/calendar/days?year=2027")).json().get("covered").asBoolean()).isFalse();

        String bad = LIST_2027.replace("2027-01-02,HOLIDAY", "2027-02-30,HOLIDAY");
        expectProblem(t, () -> importYear(office, t, "2027", bad), 400, "line 3");
        expectProblem(t, () -> importYear(office, t, "2027", "2028-01-01,HOLIDAY,元旦"), 400, "line 1");
        expectProblem(t, () -> importYear(office, t, "2027", "2027-01-04,WORKDAY,补班\n2027-01-01,HOLIDAY,元旦"),
                400, "line 1");
        expectProblem(t, () -> importYear(office, t, "2027", "# nothing\n"), 400, "list");
        expectProblem(t, () -> importYear(office, t, "twenty", LIST_2027), 400, "year");
        expectProblem(t, () -> importYear(office, t, "1999", LIST_2027), 400, "year");
        expectProblem(t, () -> office.send("PUT", t.path("/calendar/years/2027"), "application/json",
                "\"" + LIST_2027 + "\""), 415, null);

        Api.Reply imported = importYear(office, t, "2027", LIST_2027);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().get("covered").asBoolean()).isTrue();
        assertThat(imported.json().get("days")).hasSize(12);
        assertThat(date(office, t, "from=2026-12-21&add=20")).isEqualTo("2027-01-19");
        assertThat(date(office, t, "from=2027-02-05&add=1")).as("the adjusted Sunday").isEqualTo("2027-02-14");
        assertThat(count(office, t, "from=2027-02-01&to=2027-02-14")).isEqualTo(6);
        JsonNode audit = office.get(t.path("/audit?entityType=calendar-year")).json();
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).get("action").asText()).isEqualTo("IMPORT");
        assertThat(audit.get(0).get("after").asText()).contains("2027-02-14,WORKDAY,春节");

        // Importing the year again replaces it: the Spring Festival week is gone
        assertThat(importYear(office, t, "2027", "2027-01-01,HOLIDAY,元旦").status()).isEqualTo(200);
        assertThat(date(office, t, "from=2027-02-05&add=1")).isEqualTo("2027-02-08");
        assertThat(rows(t, "calendar_year")).isEqualTo(1);
    }

    @Test
    void every_bad_argument_is_a_400_naming_the_parameter() throws Exception {
        TestTenant t = TestTenant.create("cal");
        Api office = t.office();
        String wd = "/calendar/working-days?";
        expectProblem(t, () -> office.get(t.path(wd + "from=2025-13-01&add=1")), 400, "from");
        expectProblem(t, () -> office.get(t.path(wd + "from=2025-02-30&add=1")), 400, "from");
        expectProblem(t, () -> office.get(t.path(wd + "from=20250101&add=1")), 400, "from");
        expectProblem(t, () -> office.get(t.path(wd + "from=&add=1")), 400, "from");
        expectProblem(t, () -> office.get(t.path(wd + "add=1")), 400, "from");
        expectProblem(t, () -> office.get(t.path(wd + "from=2019-12-31&add=1")), 400, "from");
        expectProblem(t, () -> office.get(t.path(wd + "from=2025-01-20&add=-1")), 400, "add");
        expectProblem(t, () -> office.get(t.path(wd + "from=2025-01-20&add=1001")), 400, "add");
        expectProblem(t, () -> office.get(t.path(wd + "from=2025-01-20&add=twenty")), 400, "add");
        expectProblem(t, () -> office.get(t.path(wd + "from=2025-01-20&add=99999999999")), 400, "add");
        expectProblem(t, () -> office.get(t.path(wd + "from=2025-01-20&add=1.5")), 400, "add");
        expectProblem(t, () -> office.get(t.path(wd + "from=2025-01-20")), 400, "add");
        expectProblem(t, () -> office.get(t.path(wd + "from=2025-01-20&add=1&to=2025-02-01")), 400, "add");
        expectProblem(t, () -> office.get(t.path(wd + "from=2025-01-20&to=2025-01-19")), 400, "to");
        expectProblem(t, () -> office.get(t.path(wd + "from=2025-01-20&to=2025-1-31")), 400, "to");
        expectProblem(t, () -> office.get(t.path(wd + "from=2025-01-20&to=2030-01-01")), 400, "to");
        expectProblem(t, () -> office.get(t.path("/calendar/days?year=12025")), 400, "year");
        expectProblem(t, () -> office.get(t.path("/calendar/days?year=abc")), 400, "year");

        expectProblem(t, () -> office.put(t.path("/calendar/days/2025-02-30"), Map.of("kind", "HOLIDAY",
                "name", "x")), 400, "date");
        expectProblem(t, () -> office.put(t.path("/calendar/days/tomorrow"), Map.of("kind", "HOLIDAY",
                "name", "x")), 400, "date");
        expectProblem(t, () -> office.put(t.path("/calendar/days/2025-03-05"), Map.of("kind", "MAYBE",
                "name", "x")), 400, "kind");
        expectProblem(t, () -> office.put(t.path("/calendar/days/2025-03-05"), Map.of("name", "x")), 400, "kind");
        expectProblem(t, () -> office.put(t.path("/calendar/days/2025-03-05"), Map.of("kind", "HOLIDAY",
                "name", " ")), 400, "name");
        expectProblem(t, () -> office.put(t.path("/calendar/days/2025-03-05"), Map.of("kind", "HOLIDAY",
                "name", "长".repeat(61))), 400, "name");
        expectProblem(t, () -> office.put(t.path("/calendar/days/2025-03-05"), Map.of("kind", "HOLIDAY",
                "name", "x", "colour", "red")), 400, "colour");
        expectProblem(t, () -> office.send("PUT", t.path("/calendar/days/2025-03-05"), "application/json", null),
                400, "body");
        expectProblem(t, () -> office.put(t.path("/calendar/days/1999-03-05"), Map.of("kind", "HOLIDAY",
                "name", "x")), 400, "date");
        expectProblem(t, () -> office.delete(t.path("/calendar/days/2025-03-05")), 404, null);
        expectProblem(t, () -> office.delete(t.path("/calendar/days/not-a-date")), 400, "date");
    }

    @Test
    void only_the_office_changes_the_calendar_and_everyone_of_the_tenant_reads_it() throws Exception {
        TestTenant t = TestTenant.create("cal");
        assertThat(t.office().put(t.path("/calendar/days/2025-03-05"), Map.of("kind", "HOLIDAY", "name", "县庆"))
                .status()).isEqualTo(200);
        for (String role : new String[]{"ASSESSOR", "UNIT_LIAISON", "PANEL_MEMBER"}) {
            Api user = t.users.get(role);
            assertThat(user.get(t.path("/calendar/days?year=2025")).status()).as(role + " reads").isEqualTo(200);
            assertThat(date(user, t, "from=2025-03-03&add=5")).as(role).isEqualTo("2025-03-11");
            expectProblem(t, () -> user.put(t.path("/calendar/days/2025-03-06"), Map.of("kind", "HOLIDAY",
                    "name", "x")), 403, null);
            expectProblem(t, () -> user.delete(t.path("/calendar/days/2025-03-05")), 403, null);
            expectProblem(t, () -> importYear(user, t, "2027", LIST_2027), 403, null);
        }
        TestTenant child = TestTenant.create("calc", t.code, "COUNTY");
        assertThat(t.office().get(child.path("/calendar/days?year=2025")).status()).as("a parent reads")
                .isEqualTo(200);
        expectProblem(child, () -> t.office().put(child.path("/calendar/days/2025-03-06"), Map.of("kind", "HOLIDAY",
                "name", "x")), 403, null);
        assertThat(rows(t, "calendar_day")).isEqualTo(1);
    }

    @Test
    void another_tenants_local_days_and_imported_years_never_affect_this_one() {
        TestTenant a = TestTenant.create("cala");
        TestTenant b = TestTenant.create("calb");
        assertThat(b.office().put(b.path("/calendar/days/2025-03-05"), Map.of("kind", "HOLIDAY", "name", "B县庆"))
                .status()).isEqualTo(200);
        assertThat(importYear(b.office(), b, "2027", LIST_2027).status()).isEqualTo(200);

        assertThat(date(b.office(), b, "from=2025-03-03&add=5")).isEqualTo("2025-03-11");
        assertThat(date(a.office(), a, "from=2025-03-03&add=5")).isEqualTo("2025-03-10");
        JsonNode aYear = a.office().get(a.path("/calendar/days?year=2025")).json();
        assertThat(aYear.get("days")).noneSatisfy(d -> assertThat(d.get("local").asBoolean()).isTrue());
        assertThat(aYear.toString()).doesNotContain("B县庆");
        assertThat(a.office().get(a.path("/calendar/working-days?from=2027-01-04&add=1")).status()).isEqualTo(400);
        assertThat(a.office().get(a.path("/calendar/days?year=2027")).json().get("covered").asBoolean()).isFalse();
        assertThat(a.office().delete(a.path("/calendar/days/2025-03-05")).status()).as("B's day is not A's")
                .isEqualTo(404);
        assertThat(a.office().get(b.path("/calendar/days?year=2025")).status()).isEqualTo(404);
    }

    private static String date(Api api, TestTenant t, String query) {
        Api.Reply reply = api.get(t.path("/calendar/working-days?" + query));
        assertThat(reply.status()).as(query + " -> " + reply).isEqualTo(200);
        return reply.json().get("date").asText();
    }

    private static int count(Api api, TestTenant t, String query) {
        Api.Reply reply = api.get(t.path("/calendar/working-days?" + query));
        assertThat(reply.status()).as(query + " -> " + reply).isEqualTo(200);
        return reply.json().get("workingDays").asInt();
    }

    private static Api.Reply importYear(Api api, TestTenant t, String year, String list) {
        return api.send("PUT", t.path("/calendar/years/" + year), "text/plain; charset=UTF-8", list);
    }

    /** A refusal: the status, problem+json naming {@code field}, and no row of the tenant's calendar or log written. */
    private static void expectProblem(TestTenant t, Supplier<Api.Reply> request, int status, String field)
            throws SQLException {
        long before = rows(t, "calendar_day") + rows(t, "calendar_year") + rows(t, "audit_event");
        Api.Reply reply = request.get();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).as(reply.toString()).startsWith("application/problem+json");
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at gongkai.");
        if (field != null) {
            assertThat(reply.json().get("errors")).as(reply.toString())
                    .anySatisfy(e -> assertThat(e.get("field").asText()).isEqualTo(field));
        }
        assertThat(rows(t, "calendar_day") + rows(t, "calendar_year") + rows(t, "audit_event"))
                .as("rows written by a refused request: " + reply).isEqualTo(before);
    }

    private static long rows(TestTenant t, String table) throws SQLException {
        try (Connection c = Server.get().ownerConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from " + table + " x join tenant on tenant.id = x.tenant_id"
                     + " where tenant.code = '" + t.code + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
