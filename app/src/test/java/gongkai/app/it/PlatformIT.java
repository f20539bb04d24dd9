package gongkai.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Health, OpenAPI, metrics, demo data, login throttling and isolation under concurrent load. */
class PlatformIT {

    @Test
    void ready_openapi_and_metrics_answer() {
        Api.Reply ready = Api.anonymous().get("/health/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).contains("schemaVersion");
        assertThat(Api.anonymous().get("/openapi").body()).contains("/api/v1/tenants/{code}/units/{unitCode}")
                .contains("/api/v1/me/tokens");
        assertThat(Api.anonymous().get("/metrics").status()).isEqualTo(200);
        assertThat(Api.anonymous().get("/api/v1/status").json().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void demo_data_holds_the_five_jurisdictions_with_their_subordinates() {
        JsonNode tree = Api.admin().get("/api/v1/tenants").json();
        assertThat(tree).extracting(t -> t.get("code").asText())
                .contains("jiangmen", "zhoukou", "weibin", "jinchang", "yongji").doesNotContain("platform");
        assertThat(TenantApiIT.find(tree, "jinchang").get("children")).extracting(t -> t.get("code").asText())
                .contains("yongchang", "jinchuan");
        assertThat(TenantApiIT.find(tree, "jiangmen").get("children")).extracting(t -> t.get("code").asText())
                .contains("pengjiang");
        Api office = Api.basic("jinchang-office", "gongkai-demo");
        JsonNode units = office.get("/api/v1/tenants/jinchang/units").json();
        assertThat(units.size()).isGreaterThanOrEqualTo(10);
        assertThat(units).anySatisfy(u -> assertThat(u.get("linkedTenantCode").asText()).isEqualTo("yongchang"));
        for (String role : List.of("jinchang-assessor", "jinchang-liaison", "jinchang-panel")) {
            assertThat(Api.basic(role, "gongkai-demo").get("/api/v1/me").status()).as(role).isEqualTo(200);
        }
    }

    @Test
    void repeated_failed_logins_are_slowed_then_locked_even_for_the_right_password() {
        TestTenant t = TestTenant.create("lock");
        Api wrong = Api.basic(t.username("assessor"), "wrong-password");
        long started = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            assertThat(wrong.get("/api/v1/me").status()).isEqualTo(401);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(millis).as("five failures take the growing pauses (250+500+1000+2000 ms)").isGreaterThan(3000);
        Api.Reply locked = t.users.get("ASSESSOR").get("/api/v1/me");
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.json().get("detail").asText()).contains("locked");
    }

    @Test
    void two_tenants_in_parallel_never_see_each_others_rows() throws Exception {
        TestTenant a = TestTenant.create("soak-a");
        TestTenant b = TestTenant.create("soak-b");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> runs = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                TestTenant mine = (i % 2 == 0) ? a : b;
                TestTenant other = (mine == a) ? b : a;
                runs.add(pool.submit(() -> {
                    Api.Reply reply = mine.office().get(mine.path("/units"));
                    if (reply.status() != 200 || reply.body().contains(other.suffix) || !reply.body().contains(mine.suffix)) {
                        return reply.toString();
                    }
                    return null;
                }));
            }
            List<String> wrong = new ArrayList<>();
            for (Future<String> run : runs) {
                if (run.get() != null) {
                    wrong.add(run.get());
                }
            }
            assertThat(wrong).isEmpty();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void the_pool_role_is_no_superuser_and_anonymous_writes_are_refused_before_reading_the_body() throws Exception {
        // The server's own pool user: the launcher created it; it owns nothing and cannot bypass RLS.
        try (var c = Server.get().ownerConnection(); var s = c.createStatement();
             var rs = s.executeQuery("select rolsuper, rolbypassrls from pg_roles where rolname = 'gongkai_app'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getBoolean(1)).isFalse();
            assertThat(rs.getBoolean(2)).isFalse();
        }
        assertThat(Api.anonymous().post("/api/v1/tenants", Map.of()).status()).isEqualTo(401);
    }
}
