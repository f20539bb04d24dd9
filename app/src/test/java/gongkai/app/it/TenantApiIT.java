package gongkai.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The happy paths of issue 2's API, as the platform administrator and a tenant's office use it. */
class TenantApiIT {

    @Test
    void platform_admin_creates_updates_lists_and_deactivates_tenants_in_a_tree() {
        TestTenant city = TestTenant.create("city");
        TestTenant county = TestTenant.create("county", city.code, "COUNTY");

        JsonNode tree = Api.admin().get("/api/v1/tenants").json();
        JsonNode cityNode = find(tree, city.code);
        assertThat(cityNode).as("city in the tree").isNotNull();
        assertThat(cityNode.get("children")).extracting(c -> c.get("code").asText()).contains(county.code);

        Api.Reply updated = Api.admin().put("/api/v1/tenants/" + county.code, Map.of("code", county.code,
                "names", Map.of("zhHans", "改名区", "zhHant", "改名區", "en", "Renamed"), "level", "COUNTY",
                "parentCode", city.code, "timeZone", "Asia/Urumqi", "unitCodePrefix", "GM"));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().get("timeZone").asText()).isEqualTo("Asia/Urumqi");
        assertThat(updated.json().at("/names/zhHant").asText()).isEqualTo("改名區");

        Api.Reply deactivated = Api.admin().delete("/api/v1/tenants/" + county.code);
        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(deactivated.json().get("active").asBoolean()).isFalse();
        assertThat(county.office().get("/api/v1/me").status()).as("users of a deactivated tenant cannot log in")
                .isEqualTo(401);
    }

    @Test
    void office_manages_units_and_the_audit_log_records_before_and_after() {
        TestTenant t = TestTenant.create("units");
        Api office = t.office();
        Api.Reply created = office.post(t.path("/units"), Map.of("code", "water-" + t.suffix, "kind", "BY_REFERENCE",
                "names", Map.of("zhHans", "供水公司", "en", "Water company")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        Api.Reply renamed = office.put(t.path("/units/water-" + t.suffix), Map.of("code", "water-" + t.suffix,
                "kind", "BY_REFERENCE", "names", Map.of("zhHans", "市供水集团")));
        assertThat(renamed.json().at("/names/zhHans").asText()).isEqualTo("市供水集团");
        assertThat(office.delete(t.path("/units/water-" + t.suffix)).json().get("active").asBoolean()).isFalse();
        assertThat(office.get(t.path("/units")).json()).extracting(u -> u.get("code").asText())
                .doesNotContain("water-" + t.suffix);
        assertThat(office.get(t.path("/units?includeInactive=true")).json()).extracting(u -> u.get("code").asText())
                .contains("water-" + t.suffix);

        JsonNode audit = office.get(t.path("/audit?entityType=unit&action=UPDATE")).json();
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).get("actor").asText()).isEqualTo(t.username("office"));
        assertThat(audit.get(0).get("before").asText()).contains("供水公司");
        assertThat(audit.get(0).get("after").asText()).contains("市供水集团");
        assertThat(office.get(t.path("/audit?actor=nobody")).json()).isEmpty();
    }

    @Test
    void office_manages_users_and_every_role_reads_units_but_only_the_office_changes_them() {
        TestTenant t = TestTenant.create("users");
        JsonNode users = t.office().get(t.path("/users")).json();
        assertThat(users).extracting(u -> u.get("role").asText())
                .contains("TENANT_ADMIN", "ASSESSOR", "UNIT_LIAISON", "PANEL_MEMBER");
        JsonNode liaison = t.office().get(t.path("/users/" + t.username("liaison"))).json();
        assertThat(liaison.get("unitCode").asText()).isEqualTo("edu-" + t.suffix);
        assertThat(liaison.has("password")).isFalse();

        for (String role : new String[]{"ASSESSOR", "UNIT_LIAISON", "PANEL_MEMBER"}) {
            Api user = t.users.get(role);
            assertThat(user.get(t.path("/units")).status()).as(role + " reads units").isEqualTo(200);
            assertThat(user.post(t.path("/units"), Map.of("code", "x-" + role.toLowerCase(), "kind", "DEPARTMENT",
                    "names", Map.of("zhHans", "x"))).status()).as(role + " creates a unit").isEqualTo(403);
            assertThat(user.get(t.path("/users")).status()).as(role + " lists users").isEqualTo(403);
        }

        Map<String, Object> change = new LinkedHashMap<>();
        change.put("username", t.username("panel"));
        change.put("displayName", "Renamed panel member");
        change.put("role", "PANEL_MEMBER");
        change.put("language", "en");
        change.put("password", "a-brand-new-password");
        assertThat(t.office().put(t.path("/users/" + t.username("panel")), change).status()).isEqualTo(200);
        assertThat(t.users.get("PANEL_MEMBER").get("/api/v1/me").status()).as("old password").isEqualTo(401);
        JsonNode me = Api.basic(t.username("panel"), "a-brand-new-password").get("/api/v1/me").json();
        assertThat(me.get("language").asText()).isEqualTo("en");

        assertThat(t.office().delete(t.path("/users/" + t.username("assessor"))).status()).isEqualTo(200);
        assertThat(t.users.get("ASSESSOR").get("/api/v1/me").status()).as("deactivated user").isEqualTo(401);
    }

    @Test
    void a_parent_office_reads_its_subordinates_units_but_never_changes_them() {
        TestTenant city = TestTenant.create("parent");
        TestTenant county = TestTenant.create("child", city.code, "COUNTY");
        Api parentOffice = city.office();
        Api.Reply units = parentOffice.get(county.path("/units"));
        assertThat(units.status()).as(units.toString()).isEqualTo(200);
        assertThat(units.json()).hasSize(3);
        assertThat(parentOffice.post(county.path("/units"), Map.of("code", "intruder", "kind", "DEPARTMENT",
                "names", Map.of("zhHans", "x"))).status()).isEqualTo(403);
        assertThat(parentOffice.get(county.path("/users")).status()).isEqualTo(403);
        assertThat(county.office().get(city.path("/units")).status()).as("a child never reads its parent")
                .isEqualTo(404);
    }

    @Test
    void tokens_authenticate_until_revoked_and_are_stored_only_as_hashes() throws Exception {
        TestTenant t = TestTenant.create("tokens");
        Api.Reply created = t.office().post("/api/v1/me/tokens", Map.of("name", "ci", "validDays", 30));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String secret = created.json().get("secret").asText();
        String id = created.json().at("/token/id").asText();
        assertThat(Api.bearer(secret).get(t.path("/units")).status()).isEqualTo(200);
        assertThat(t.office().get("/api/v1/me/tokens").json().get(0).has("secret")).isFalse();
        try (var c = Server.get().ownerConnection(); var s = c.createStatement();
             var rs = s.executeQuery("select token_hash from api_token where id = '" + id + "'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).hasSize(64).doesNotContain(secret);
        }
        assertThat(t.office().delete("/api/v1/me/tokens/" + id).status()).isEqualTo(200);
        assertThat(Api.bearer(secret).get(t.path("/units")).status()).isEqualTo(401);
        assertThat(Api.bearer("gk_nonsense").get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void users_change_their_language_and_password() {
        TestTenant t = TestTenant.create("me");
        Api assessor = t.users.get("ASSESSOR");
        assertThat(assessor.put("/api/v1/me/language", Map.of("language", "zh-Hant")).json().get("language").asText())
                .isEqualTo("zh-Hant");
        Api.Reply wrong = assessor.put("/api/v1/me/password", Map.of("currentPassword", "not-it-at-all",
                "newPassword", "another-password-1"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().at("/errors/0/field").asText()).isEqualTo("currentPassword");
        assertThat(assessor.put("/api/v1/me/password", Map.of("currentPassword", TestTenant.PASSWORD,
                "newPassword", "another-password-1")).status()).isEqualTo(204);
        assertThat(Api.basic(t.username("assessor"), "another-password-1").get("/api/v1/me").status()).isEqualTo(200);
    }

    static JsonNode find(JsonNode nodes, String code) {
        for (JsonNode node : nodes) {
            if (node.get("code").asText().equals(code)) {
                return node;
            }
            JsonNode inChildren = find(node.get("children"), code);
            if (inChildren != null) {
                return inChildren;
            }
        }
        return null;
    }
}
