package gongkai.app.it;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quartz inside the server: clustered on PostgreSQL, and the start-up self-check (a tenant job) run by a managed
 * worker with CDI, a JTA transaction, the platform tenant's context and row-level security.
 */
class SchedulerIT {

    @Test
    void the_scheduler_checks_in_as_a_cluster_member_on_postgresql() throws Exception {
        Server.get();
        try (Connection c = Server.get().ownerConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select instance_name, last_checkin_time, checkin_interval"
                     + " from qrtz_scheduler_state where sched_name = 'gongkai'")) {
            assertThat(rs.next()).as("a clustered scheduler 'gongkai' has checked in").isTrue();
            long lastCheckin = rs.getLong(2);
            long interval = rs.getLong(3);
            assertThat(System.currentTimeMillis() - lastCheckin).as("ms since the last check-in")
                    .isLessThan(Math.max(4 * interval, 30_000));
            assertThat(rs.next()).as("one node").isFalse();
        }
    }

    @Test
    void the_start_up_self_check_ran_for_the_platform_tenant_on_a_managed_worker() throws Exception {
        Server.get();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            try (Connection c = Server.get().ownerConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select r.last_outcome, r.last_note, r.last_node, r.runs, t.code,"
                         + " (select instance_name from qrtz_scheduler_state where sched_name = 'gongkai')"
                         + " from job_run r join tenant t on t.id = r.tenant_id"
                         + " where r.job_name = 'scheduler-self-check'")) {
                if (rs.next()) {
                    assertThat(rs.getString(1)).as("outcome; note: " + rs.getString(2)).isEqualTo("SUCCEEDED");
                    assertThat(rs.getString(5)).isEqualTo("platform");
                    assertThat(rs.getString(2)).contains("tenant platform read in a transaction")
                            .contains("gongkai-scheduler-worker-");
                    assertThat(rs.getString(3)).as("the node that ran it").isEqualTo(rs.getString(6));
                    assertThat(rs.getLong(4)).isEqualTo(1);
                    assertThat(jobsLeft(c)).as("the one-shot job is gone once it ran").isZero();
                    return;
                }
            }
            assertThat(System.nanoTime()).as("the self-check ran within 90 s of start").isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    private static int jobsLeft(Connection c) throws SQLException {
        // The job is removed in Quartz's own transaction right after the run: allow it a moment.
        for (int i = 0; i < 20; i++) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from qrtz_job_details"
                    + " where sched_name = 'gongkai' and job_name = 'scheduler-self-check'")) {
                rs.next();
                if (rs.getInt(1) == 0) {
                    return 0;
                }
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return 1;
    }
}
