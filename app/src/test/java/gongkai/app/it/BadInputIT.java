package gongkai.app.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every bad input answers 4xx application/problem+json naming the field, and writes nothing. */
class BadInputIT {

    static TestTenant t;

    @BeforeAll
    static void tenant() {
        t = TestTenant.create("bad");
    }

    @Test
    void malformed_json_is_400() {
        expectProblem(() -> t.office().send("POST", t.path("/units"), "application/json", "{\"code\": "), 400, null);
    }

    @Test
    void an_unknown_field_is_400_naming_it() {
        expectProblem(() -> t.office().post(t.path("/units"), Map.of("code", "u1", "kind", "DEPARTMENT",
                "names", Map.of("zhHans", "x"), "colour", "red")), 400, "colour");
    }

    @Test
    void an_unknown_nested_field_is_400_naming_its_path() {
        expectProblem(() -> t.office().post(t.path("/units"), Map.of("code", "u1", "kind", "DEPARTMENT",
                "names", Map.of("zhHans", "x", "fr", "y"))), 400, "names.fr");
    }

    @Test
    void a_missing_field_is_400_naming_it() {
        expectProblem(() -> t.office().post(t.path("/units"), Map.of("code", "u1", "kind", "DEPARTMENT")), 400, "names");
        expectProblem(() -> t.office().post(t.path("/units"), Map.of("code", "u1", "kind", "DEPARTMENT",
                "names", Map.of("en", "x"))), 400, "names.zhHans");
    }

    @Test
    void an_invalid_enum_value_is_400_naming_the_field() {
        expectProblem(() -> t.office().post(t.path("/units"), Map.of("code", "u1", "kind", "MINISTRY",
                "names", Map.of("zhHans", "x"))), 400, "kind");
    }

    @Test
    void an_oversized_field_is_400_naming_it() {
        expectProblem(() -> t.office().post(t.path("/units"), Map.of("code", "u1", "kind", "DEPARTMENT",
                "names", Map.of("zhHans", "长".repeat(201)))), 400, "names.zhHans");
        expectProblem(() -> t.office().post(t.path("/units"), Map.of("code", "u".repeat(65), "kind", "DEPARTMENT",
                "names", Map.of("zhHans", "x"))), 400, "code");
    }

    @Test
    void a_malformed_code_is_400_naming_it() {
        expectProblem(() -> Api.admin().post("/api/v1/tenants", Map.of("code", "Bad Code!", "level", "CITY",
                "names", Map.of("zhHans", "x"))), 400, "code");
    }

    @Test
    void a_duplicate_code_is_409_naming_it() {
        expectProblem(() -> t.office().post(t.path("/units"), Map.of("code", "edu-" + t.suffix, "kind", "DEPARTMENT",
                "names", Map.of("zhHans", "x"))), 409, "code");
        expectProblem(() -> Api.admin().post("/api/v1/tenants", Map.of("code", t.code, "level", "CITY",
                "names", Map.of("zhHans", "x"))), 409, "code");
        expectProblem(() -> t.office().post(t.path("/users"), Map.of("username", "admin", "displayName", "x",
                "role", "ASSESSOR", "password", "long-enough-pw")), 409, "username");
    }

    @Test
    void a_parent_that_would_make_a_cycle_is_400_naming_parentCode() {
        TestTenant province = TestTenant.create("prov", null, "PROVINCE");
        TestTenant city = TestTenant.create("cyc", province.code, "CITY");
        expectProblem(() -> Api.admin().put("/api/v1/tenants/" + province.code, Map.of("code", province.code,
                "level", "PROVINCE", "names", Map.of("zhHans", "x"), "parentCode", city.code)), 400, "parentCode");
        expectProblem(() -> Api.admin().put("/api/v1/tenants/" + province.code, Map.of("code", province.code,
                "level", "PROVINCE", "names", Map.of("zhHans", "x"), "parentCode", province.code)), 400, "parentCode");
        expectProblem(() -> Api.admin().post("/api/v1/tenants", Map.of("code", "orphan-" + t.suffix, "level", "CITY",
                "names", Map.of("zhHans", "x"), "parentCode", "no-such-parent")), 400, "parentCode");
    }

    @Test
    void a_bad_time_zone_is_400_naming_it() {
        expectProblem(() -> Api.admin().post("/api/v1/tenants", Map.of("code", "tz-" + t.suffix, "level", "CITY",
                "names", Map.of("zhHans", "x"), "timeZone", "Mars/Olympus")), 400, "timeZone");
    }

    @Test
    void a_missing_body_is_400() {
        expectProblem(() -> t.office().send("POST", t.path("/units"), "application/json", null), 400, "body");
    }

    @Test
    void a_body_announced_over_1_mib_is_413_before_it_is_read() {
        expectProblem(() -> RawHttp.post(t.path("/units"), t.username("office"), 2 * 1024 * 1024, false), 413, null);
    }

    @Test
    void a_chunked_body_growing_over_1_mib_is_413() {
        expectProblem(() -> RawHttp.post(t.path("/units"), t.username("office"), 1024 * 1024 + 4096, true), 413, null);
    }

    @Test
    void a_wrong_content_type_is_415() {
        expectProblem(() -> t.office().send("POST", t.path("/units"), "text/plain", "code=u1"), 415, null);
    }

    @Test
    void a_short_password_is_400_naming_it() {
        expectProblem(() -> t.office().post(t.path("/users"), Map.of("username", "short-" + t.suffix,
                "displayName", "x", "role", "ASSESSOR", "password", "short")), 400, "password");
        expectProblem(() -> t.office().post(t.path("/users"), Map.of("username", "liaison2-" + t.suffix,
                "displayName", "x", "role", "UNIT_LIAISON", "password", "long-enough-pw")), 400, "unitCode");
    }

    @Test
    void an_unknown_path_is_a_404_problem_not_a_page() {
        expectProblem(() -> t.office().get("/api/v1/nothing-here"), 404, null);
    }

    private static void expectProblem(java.util.function.Supplier<Api.Reply> request, int status, String field) {
        long before = rows();
        Api.Reply reply = request.get();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).as(reply.toString()).startsWith("application/problem+json");
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at gongkai.");
        if (field != null) {
            assertThat(reply.json().get("errors")).as(reply.toString())
                    .anySatisfy(e -> assertThat(e.get("field").asText()).isEqualTo(field));
        }
        assertThat(rows()).as("rows written by a refused request").isEqualTo(before);
    }

    /** All rows the tests could have written, as the owner sees them (no row-level security). */
    static long rows() {
        try (Connection c = Server.get().ownerConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select (select count(*) from tenant) + (select count(*) from assessed_unit)"
                     + " + (select count(*) from user_account) + (select count(*) from audit_event)"
                     + " + (select count(*) from api_token) + (select count(*) from assessment_scheme)"
                     + " + (select count(*) from calendar_day) + (select count(*) from calendar_year)")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
