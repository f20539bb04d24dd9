package gongkai.app.it;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tenant of a test's own, made through the API by the platform administrator: its office user, one user of
 * every other role, and a few units. Each test makes its own, so tests share nothing.
 */
public final class TestTenant {

    public static final String PASSWORD = "it-password-123";

    public final String code;
    public final String suffix;
    public final Map<String, Api> users = new LinkedHashMap<>();

    private TestTenant(String code, String suffix) {
        this.code = code;
        this.suffix = suffix;
    }

    public static TestTenant create(String prefix) {
        return create(prefix, null, "CITY");
    }

    public static TestTenant create(String prefix, String parentCode, String level) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        TestTenant tenant = new TestTenant(prefix + "-" + suffix, suffix);
        Api.Reply created = Api.admin().post("/api/v1/tenants", Map.of(
                "code", tenant.code, "names", Map.of("zhHans", "测试辖区" + suffix, "en", "Test " + suffix),
                "level", level, "parentCode", parentCode == null ? "" : parentCode, "unitCodePrefix", "T"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Api office = tenant.createUser("office", "TENANT_ADMIN", null);
        tenant.users.put("TENANT_ADMIN", office);
        for (String unit : List.of("edu", "fin", "health")) {
            Api.Reply reply = office.post(tenant.path("/units"), Map.of("code", unit + "-" + suffix,
                    "kind", "DEPARTMENT", "names", Map.of("zhHans", "单位" + unit + suffix)));
            assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        }
        tenant.users.put("ASSESSOR", tenant.createUser("assessor", "ASSESSOR", null));
        tenant.users.put("UNIT_LIAISON", tenant.createUser("liaison", "UNIT_LIAISON", "edu-" + suffix));
        tenant.users.put("PANEL_MEMBER", tenant.createUser("panel", "PANEL_MEMBER", null));
        return tenant;
    }

    public Api createUser(String name, String role, String unitCode) {
        String username = name + "-" + suffix;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("displayName", name + " " + suffix);
        body.put("role", role);
        body.put("unitCode", unitCode);
        body.put("password", PASSWORD);
        Api creator = role.equals("TENANT_ADMIN") ? Api.admin() : users.get("TENANT_ADMIN");
        Api.Reply reply = creator.post(path("/users"), body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return Api.basic(username, PASSWORD);
    }

    /**
     * Makes the tenant's calendar cover this year and the next (in Asia/Shanghai, the tenants' default time zone), as
     * an office does by importing the State Council's notice each December: for a year the built-in list does not
     * cover, it imports a list of test data (New Year's Day only, not an official notice). Tests whose deadlines are
     * counted in working days from today call it; without it they fail once "today plus a few weeks" passes the last
     * built-in year (it did on 2026-12-04: 20 working days ran into 2027).
     */
    public TestTenant coveringComingYears() {
        int thisYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        for (int year = thisYear; year <= thisYear + 1; year++) {
            Api.Reply days = office().get(path("/calendar/days?year=" + year));
            assertThat(days.status()).as(days.toString()).isEqualTo(200);
            if (!days.json().get("covered").asBoolean()) {
                Api.Reply imported = office().send("PUT", path("/calendar/years/" + year), "text/plain; charset=UTF-8",
                        "# test data, not an official notice\n" + year + "-01-01,HOLIDAY,元旦\n");
                assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
            }
        }
        return this;
    }

    public Api office() {
        return users.get("TENANT_ADMIN");
    }

    public String path(String rest) {
        return "/api/v1/tenants/" + code + rest;
    }

    public String username(String name) {
        return name + "-" + suffix;
    }
}
