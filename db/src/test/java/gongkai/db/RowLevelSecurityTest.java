package gongkai.db;

import gongkai.db.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Row-level security checked in SQL, as the application's role sees the database. */
class RowLevelSecurityTest {

    static TestDatabase db;
    static UUID tenantA;
    static UUID tenantB;

    @BeforeAll
    static void twoTenantsWithUnits() throws SQLException {
        db = TestDatabase.get();
        tenantA = UUID.randomUUID();
        tenantB = UUID.randomUUID();
        try (Connection c = db.owner()) {
            for (UUID t : List.of(tenantA, tenantB)) {
                exec(c, "insert into tenant (id, code, name_zh_hans, level) values (?, ?, '测试', 'CITY')", t, "t-" + t);
                try (Statement s = c.createStatement()) {
                    s.execute("begin; select set_config('app.tenant_id', '" + t + "', true)");
                    for (int i = 0; i < 3; i++) {
                        s.execute("insert into assessed_unit (tenant_id, id, code, kind, name_zh_hans) values ('"
                                + t + "', '" + UUID.randomUUID() + "', 'u" + i + "', 'DEPARTMENT', '单位" + i + "')");
                    }
                    s.execute("commit");
                }
            }
        }
    }

    @Test
    void app_role_is_no_superuser_cannot_bypass_rls_and_owns_nothing() throws SQLException {
        try (Connection c = db.owner(); Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("select rolsuper, rolbypassrls from pg_roles where rolname = 'gongkai_app'");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getBoolean(1)).as("superuser").isFalse();
            assertThat(rs.getBoolean(2)).as("bypassrls").isFalse();
            rs = s.executeQuery("select count(*) from pg_class c join pg_roles r on r.oid = c.relowner"
                    + " where r.rolname = 'gongkai_app'");
            rs.next();
            assertThat(rs.getInt(1)).as("relations owned by the app role").isZero();
        }
    }

    @Test
    void every_tenant_table_has_rls_enabled_and_forced() throws SQLException {
        try (Connection c = db.owner(); Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("select c.relname, c.relrowsecurity, c.relforcerowsecurity"
                    + " from pg_class c join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id'"
                    + " join pg_namespace n on n.oid = c.relnamespace"
                    + " where c.relkind = 'r' and n.nspname = 'public'"
                    + " and c.relname not in ('login_directory', 'token_directory', 'survey_slug', 'panel_token')");
            int tables = 0;
            while (rs.next()) {
                tables++;
                assertThat(rs.getBoolean(2)).as(rs.getString(1) + " rls enabled").isTrue();
                assertThat(rs.getBoolean(3)).as(rs.getString(1) + " rls forced").isTrue();
            }
            assertThat(tables).isGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void tenant_id_leads_every_key_of_tenant_tables() throws SQLException {
        try (Connection c = db.owner(); Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("select con.conname, (select attname from pg_attribute"
                    + " where attrelid = con.conrelid and attnum = con.conkey[1]) as first_col"
                    + " from pg_constraint con join pg_class c on c.oid = con.conrelid"
                    + " join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id'"
                    + " where con.contype in ('p', 'u') and c.relname not in ('login_directory', 'token_directory', 'survey_slug', 'panel_token')");
            int keys = 0;
            while (rs.next()) {
                keys++;
                assertThat(rs.getString(2)).as(rs.getString(1)).isEqualTo("tenant_id");
            }
            assertThat(keys).isGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void with_one_tenant_set_another_tenants_rows_are_invisible_and_untouchable() throws SQLException {
        try (Connection c = db.app()) {
            c.setAutoCommit(false);
            setTenant(c, tenantA);
            assertThat(count(c, "select count(*) from assessed_unit")).isEqualTo(3);
            assertThat(count(c, "select count(*) from assessed_unit where tenant_id = '" + tenantB + "'")).isZero();
            try (Statement s = c.createStatement()) {
                assertThat(s.executeUpdate("update assessed_unit set name_zh_hans = 'x' where tenant_id = '" + tenantB + "'")).isZero();
                assertThat(s.executeUpdate("delete from assessed_unit where tenant_id = '" + tenantB + "'")).isZero();
            }
            c.commit();
        }
        try (Connection c = db.owner(); Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("select count(*) from assessed_unit where tenant_id = '" + tenantB
                    + "' and name_zh_hans <> 'x'");
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(3);
        }
    }

    @Test
    void inserting_a_row_for_another_tenant_is_refused() throws SQLException {
        try (Connection c = db.app()) {
            c.setAutoCommit(false);
            setTenant(c, tenantA);
            assertThatThrownBy(() -> exec(c, "insert into assessed_unit (tenant_id, id, code, kind, name_zh_hans)"
                    + " values (?, ?, 'intruder', 'DEPARTMENT', 'x')", tenantB, UUID.randomUUID()))
                    .hasMessageContaining("row-level security");
            c.rollback();
        }
    }

    @Test
    void without_a_tenant_nothing_is_visible() throws SQLException {
        try (Connection c = db.app()) {
            assertThat(count(c, "select count(*) from assessed_unit")).isZero();
        }
    }

    @Test
    void the_tenant_is_set_per_transaction_and_gone_after_commit() throws SQLException {
        try (Connection c = db.app()) {
            c.setAutoCommit(false);
            setTenant(c, tenantA);
            assertThat(count(c, "select count(*) from assessed_unit")).isEqualTo(3);
            c.commit();
            assertThat(count(c, "select count(*) from assessed_unit")).isZero();
            c.rollback();
        }
    }

    @Test
    void the_audit_log_is_append_only_even_for_its_owner() throws SQLException {
        try (Connection c = db.owner()) {
            c.setAutoCommit(false);
            setTenant(c, tenantA);
            exec(c, "insert into audit_event (tenant_id, id, actor, action, entity_type) values (?, ?, 'test', 'CREATE', 'unit')",
                    tenantA, UUID.randomUUID());
            c.commit();
            setTenant(c, tenantA);
            assertThatThrownBy(() -> exec(c, "delete from audit_event where tenant_id = ?", tenantA))
                    .hasMessageContaining("append-only");
            c.rollback();
        }
        try (Connection c = db.app()) {
            c.setAutoCommit(false);
            setTenant(c, tenantA);
            assertThatThrownBy(() -> exec(c, "update audit_event set actor = 'x'"))
                    .hasMessageContaining("permission denied");
            c.rollback();
        }
    }

    @Test
    void two_tenants_in_parallel_on_reused_connections_never_see_a_wrong_row() throws Exception {
        List<Connection> pool = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Connection c = db.app();
            c.setAutoCommit(false);
            pool.add(c);
        }
        AtomicInteger wrong = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                Connection c = pool.get(w);
                runs.add(workers.submit(() -> {
                    for (int i = 0; i < 300; i++) {
                        UUID tenant = (i % 2 == 0) ? tenantA : tenantB;
                        setTenant(c, tenant);
                        try (Statement s = c.createStatement();
                             ResultSet rs = s.executeQuery("select tenant_id from assessed_unit")) {
                            while (rs.next()) {
                                if (!tenant.equals(rs.getObject(1))) {
                                    wrong.incrementAndGet();
                                }
                            }
                        }
                        c.commit();
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            workers.shutdown();
            for (Connection c : pool) {
                c.close();
            }
        }
        assertThat(wrong).hasValue(0);
    }

    static void setTenant(Connection c, UUID tenant) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            p.setString(1, tenant.toString());
            p.execute();
        }
    }

    static int count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static void exec(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            p.execute();
        }
    }
}
