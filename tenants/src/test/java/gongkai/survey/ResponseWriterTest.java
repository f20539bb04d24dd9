package gongkai.survey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gongkai.db.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The group-commit writer on a real PostgreSQL when the database stalls (issue 5: beyond capacity answer 503 with
 * Retry-After at once rather than time out): the queue full answers at once, a response no batch took within the
 * wait is withdrawn and never stored, a response a batch took is answered after its commit.
 */
class ResponseWriterTest {

    static TestDatabase db;
    static UUID tenant = UUID.randomUUID();
    static UUID campaign = UUID.randomUUID();
    static UUID unit = UUID.randomUUID();

    ResponseWriter writer;

    @BeforeAll
    static void aCampaign() throws SQLException {
        db = TestDatabase.get();
        UUID questionnaire = UUID.randomUUID();
        try (Connection c = db.owner(); Statement s = c.createStatement()) {
            s.execute("insert into tenant (id, code, name_zh_hans, level) values ('" + tenant + "', 'w-" + tenant
                    + "', '测试', 'CITY')");
            s.execute("begin; select set_config('app.tenant_id', '" + tenant + "', true)");
            s.execute("insert into assessed_unit (tenant_id, id, code, kind, name_zh_hans) values ('" + tenant + "', '"
                    + unit + "', 'u', 'DEPARTMENT', '单位')");
            s.execute("insert into questionnaire (tenant_id, id, code, questionnaire_version, state, definition) values ('"
                    + tenant + "', '" + questionnaire + "', 'q', 1, 'PUBLISHED', '{}')");
            s.execute("insert into campaign (tenant_id, id, code, slug, name_zh_hans, questionnaire_id, opens_at,"
                    + " closes_at, modes) values ('" + tenant + "', '" + campaign + "', 'c', 'writer-" + campaign
                    + "', '评议', '" + questionnaire + "', now(), now() + interval '1 day', 'PUBLIC')");
            s.execute("commit");
        }
    }

    @AfterEach
    void stop() {
        writer.stop();
    }

    @Test
    void a_stalled_database_gets_503_at_once_beyond_capacity_and_nothing_stored_for_a_withdrawn_response()
            throws Exception {
        writer = new ResponseWriter();
        writer.dataSource = db.appDataSource();
        writer.capacity = 1;
        writer.maxBatch = 1;
        writer.maxWaitMillis = 1500;
        try (Connection lock = db.owner(); Statement s = lock.createStatement()) {
            s.execute("begin; lock table survey_response in share mode");
            CompletableFuture<Receipt> taken = CompletableFuture.supplyAsync(() -> writer.write(pending("taken")));
            awaitWriterBlocked();
            CompletableFuture<Object> queued = CompletableFuture.supplyAsync(() -> outcome(pending("queued")));
            Thread.sleep(200); // it is offered to the queue at once and waits there

            long start = System.nanoTime();
            assertThatThrownBy(() -> writer.write(pending("refused")))
                    .isInstanceOfSatisfying(SubmissionsBusy.class, e -> assertThat(e.retryAfterSeconds()).isEqualTo(1))
                    .hasMessageContaining("too many responses");
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).as("refused at once").isLessThan(500);

            assertThat(queued.get(10, TimeUnit.SECONDS)).as("the queued response after the wait")
                    .isInstanceOfSatisfying(SubmissionsBusy.class,
                            e -> assertThat(e.getMessage()).contains("could not be stored in time"));
            assertThat(taken).as("a taken response waits for its commit").isNotDone();
            s.execute("commit");
            assertThat(taken.get(10, TimeUnit.SECONDS).created()).isTrue();
        }
        assertThat(storedKeys()).as("only the response answered 201 is stored").isEqualTo("taken");
    }

    @Test
    void a_batch_flags_its_own_bursts_and_twins_as_it_inserts_them_and_a_retry_is_not_a_twin() throws Exception {
        writer = new ResponseWriter();
        writer.dataSource = db.appDataSource();
        writer.capacity = 100;
        writer.maxBatch = 100;
        writer.maxWaitMillis = 10_000;
        String[] levels = {"SATISFIED", "FAIRLY_SATISFIED", "BASICALLY_SATISFIED", "NOT_VERY_SATISFIED", "DISSATISFIED"};
        String address = "b".repeat(64);
        List<CompletableFuture<Receipt>> writes = new ArrayList<>();
        try (Connection lock = db.owner(); Statement s = lock.createStatement()) {
            s.execute("begin; lock table survey_response in share mode");
            // nine from one address (one short of a burst), each with its own answers...
            for (int i = 0; i < 9; i++) {
                Map<String, com.fasterxml.jackson.databind.JsonNode> answers = AnswerSheetTest.allRequired(levels[i % 5]);
                answers.put("content", AnswerSheetTest.JSON.textNode(levels[(i / 5 + 1 + i) % 5]));
                answers.put("timeliness", AnswerSheetTest.JSON.textNode(levels[(i * 3) % 5]));
                PendingResponse p = varied("batch-" + i, address, answers);
                writes.add(CompletableFuture.supplyAsync(() -> writer.write(p)));
                if (i == 0) {
                    awaitWriterBlocked();
                }
            }
            // ...and the second one again under its key: a retry, not a tenth response nor a twin
            Map<String, com.fasterxml.jackson.databind.JsonNode> again = AnswerSheetTest.allRequired(levels[1]);
            again.put("content", AnswerSheetTest.JSON.textNode(levels[2]));
            again.put("timeliness", AnswerSheetTest.JSON.textNode(levels[3]));
            writes.add(CompletableFuture.supplyAsync(() -> writer.write(varied("batch-1", address, again))));
            Thread.sleep(300);
            s.execute("commit");
        }
        for (CompletableFuture<Receipt> w : writes) {
            w.get(20, TimeUnit.SECONDS);
        }
        assertThat(flagsByKey("batch-%")).as("nine responses of one address are no burst, no two alike")
                .hasSize(9).containsOnlyKeys(java.util.stream.IntStream.range(0, 9).mapToObj(i -> "batch-" + i).toList())
                .allSatisfy((k, f) -> assertThat(f).isEmpty());

        // two more in one batch (behind another address's response that holds the writer): the tenth and eleventh
        // of the address (a burst), alike (twins)
        Map<String, com.fasterxml.jackson.databind.JsonNode> twin = AnswerSheetTest.allRequired("SATISFIED");
        twin.put("effect", AnswerSheetTest.JSON.textNode("DISSATISFIED"));
        Map<String, com.fasterxml.jackson.databind.JsonNode> other = AnswerSheetTest.allRequired("DISSATISFIED");
        other.put("effect", AnswerSheetTest.JSON.textNode("SATISFIED"));
        try (Connection lock = db.owner(); Statement s = lock.createStatement()) {
            s.execute("begin; lock table survey_response in share mode");
            CompletableFuture<Receipt> blocker = CompletableFuture.supplyAsync(
                    () -> writer.write(varied("blocker", "c".repeat(64), other)));
            awaitWriterBlocked();
            CompletableFuture<Receipt> tenth = CompletableFuture.supplyAsync(
                    () -> writer.write(varied("batch-9", address, twin)));
            CompletableFuture<Receipt> eleventh = CompletableFuture.supplyAsync(
                    () -> writer.write(varied("batch-10", address, twin)));
            Thread.sleep(300);
            s.execute("commit");
            blocker.get(20, TimeUnit.SECONDS);
            tenth.get(20, TimeUnit.SECONDS);
            eleventh.get(20, TimeUnit.SECONDS);
        }
        Map<String, String> flags = flagsByKey("batch-%");
        assertThat(flags).hasSize(11).allSatisfy((k, f) -> assertThat(f).as(k).contains("ADDRESS_BURST"));
        assertThat(flags.get("batch-9")).contains("DUPLICATE_PATTERN");
        assertThat(flags.get("batch-10")).contains("DUPLICATE_PATTERN");
        assertThat(flags.get("batch-3")).doesNotContain("DUPLICATE_PATTERN");

        // twelve from a new address in one batch: the batch alone is a burst, every one flagged
        try (Connection lock = db.owner(); Statement s = lock.createStatement()) {
            s.execute("begin; lock table survey_response in share mode");
            CompletableFuture<Receipt> blocker = CompletableFuture.supplyAsync(
                    () -> writer.write(varied("blocker-2", "c".repeat(64), other)));
            awaitWriterBlocked();
            List<CompletableFuture<Receipt>> burst = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                PendingResponse p = varied("burst-" + i, "d".repeat(64), AnswerSheetTest.allRequired(levels[i % 5]));
                burst.add(CompletableFuture.supplyAsync(() -> writer.write(p)));
            }
            Thread.sleep(300);
            s.execute("commit");
            blocker.get(20, TimeUnit.SECONDS);
            for (CompletableFuture<Receipt> w : burst) {
                w.get(20, TimeUnit.SECONDS);
            }
        }
        assertThat(flagsByKey("burst-%")).hasSize(12).allSatisfy((k, f) -> assertThat(f).as(k).contains("ADDRESS_BURST"));

        // twins across batches: the second flags the stored first; the third finds both flagged already
        Map<String, JsonNode> alike = AnswerSheetTest.allRequired("NOT_VERY_SATISFIED");
        alike.put("content", AnswerSheetTest.JSON.textNode("SATISFIED"));
        writer.write(varied("later-1", "e".repeat(64), alike));
        assertThat(flagsByKey("later-%")).containsExactlyEntriesOf(Map.of("later-1", ""));
        writer.write(varied("later-2", "f".repeat(64), alike));
        assertThat(flagsByKey("later-%")).hasSize(2).allSatisfy((k, f) -> assertThat(f).as(k).isEqualTo("DUPLICATE_PATTERN"));
        writer.write(varied("later-3", "0".repeat(64), alike));
        assertThat(flagsByKey("later-%")).hasSize(3).allSatisfy((k, f) -> assertThat(f).as(k).isEqualTo("DUPLICATE_PATTERN"));
    }

    private static PendingResponse varied(String key, String address,
                                          Map<String, com.fasterxml.jackson.databind.JsonNode> answers) {
        AnswerSheet sheet = AnswerSheet.check(AnswerSheetTest.DEFAULT, answers);
        return new PendingResponse(tenant, campaign, unit, "u", sheet, 50, null, Instant.now(),
                new SubmissionSource(key, address, null), "", true);
    }

    private static Map<String, String> flagsByKey(String keys) throws SQLException {
        Map<String, String> flags = new java.util.TreeMap<>();
        try (Connection c = db.owner(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select idempotency_key, flags from survey_response where campaign_id = '"
                     + campaign + "' and idempotency_key like '" + keys + "'")) {
            while (rs.next()) {
                flags.put(rs.getString(1), rs.getString(2));
            }
        }
        return flags;
    }

    @Test
    void the_quality_flag_probe_and_update_find_their_rows_by_index_under_row_level_security() throws Exception {
        writer = new ResponseWriter();
        UUID other = UUID.randomUUID();
        try (Connection c = db.owner(); Statement s = c.createStatement()) {
            s.execute("begin; select set_config('app.tenant_id', '" + tenant + "', true)");
            s.execute("insert into assessed_unit (tenant_id, id, code, kind, name_zh_hans) values ('" + tenant + "', '"
                    + other + "', 'probe', 'DEPARTMENT', '单位')");
            s.execute("insert into survey_response (tenant_id, id, campaign_id, unit_id, answers, scored, flags)"
                    + " select '" + tenant + "', gen_random_uuid(), '" + campaign + "', '" + other + "', '{}',"
                    + " array[i % 5, i / 5 % 5, i / 25 % 5, i / 125 % 5, i / 625 % 5], '' from generate_series(1, 5000) i");
            s.execute("commit; analyze survey_response");
        }
        String plan;
        try (Connection c = db.appDataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("begin; select set_config('app.tenant_id', '" + tenant + "', true)");
            String now = Instant.now().toString();
            String address = "b".repeat(64);
            String ids = "{" + UUID.randomUUID() + "," + UUID.randomUUID() + "}";
            plan = explain(s, bind(ResponseWriter.PROBE, "10 minutes", 10, "10 minutes", "{" + campaign + "}",
                    "{" + other + "}", "{" + address + "}", "{" + now + "}", "{\"{1,2,3,4,0}\"}", "{" + address + "}"))
                    + explain(s, bind(ResponseWriter.FLAG_OLDER, ids, ids, ids, ids, ids));
            s.execute("rollback");
        }
        assertThat(plan).as(plan).doesNotContain("Seq Scan on survey_response")
                .containsPattern("Index (Only )?Scan using survey_response_address on survey_response s")
                .contains("Index Scan using survey_response_pattern_hash on survey_response s")
                .containsPattern("Index (Only )?Scan using survey_response_unflagged_address on survey_response s")
                .contains("Index Scan using survey_response_pkey on survey_response r");
    }

    /**
     * A table never analysed (a new database, or a campaign's first seconds before autovacuum's first ANALYZE):
     * finding and flagging the twins must still read no more than one unit's responses. The old join of the batch's patterns
     * with the table was planned inside out then, a count over the unit per response of the tenant (docs/decisions/015).
     */
    @Test
    void twins_are_found_and_flagged_within_one_units_responses_when_the_table_has_no_statistics()
            throws Exception {
        writer = new ResponseWriter();
        UUID other = UUID.randomUUID();
        try (Connection c = db.owner(); Statement s = c.createStatement()) {
            s.execute("begin; select set_config('app.tenant_id', '" + tenant + "', true)");
            s.execute("insert into assessed_unit (tenant_id, id, code, kind, name_zh_hans) values ('" + tenant + "', '"
                    + other + "', 'nostats', 'DEPARTMENT', '单位')");
            s.execute("insert into survey_response (tenant_id, id, campaign_id, unit_id, answers, scored, flags)"
                    + " select '" + tenant + "', gen_random_uuid(), '" + campaign + "', '" + other + "', '{}',"
                    + " array[i % 5, i / 5 % 5, i / 25 % 5, i / 125 % 5, 9], '' from generate_series(1, 3000) i");
            s.execute("commit");
            s.execute("delete from pg_statistic where starelid = 'survey_response'::regclass");
            s.execute("update pg_class set reltuples = -1 where oid = 'survey_response'::regclass");
        }
        long buffers;
        try (Connection c = db.appDataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("begin; select set_config('app.tenant_id', '" + tenant + "', true)");
            String pattern = "{1,2,3,4,9}"; // stored 4 times (i = 586, 1211, 1836, 2461)
            String probe = bind(ResponseWriter.PROBE, "10 minutes", 10, "10 minutes", "{" + campaign + "}",
                    "{" + other + "}", "{NULL}", "{" + Instant.now() + "}", "{\"" + pattern + "\"}", "{NULL}");
            buffers = buffersRead(s, probe);
            String twins;
            try (ResultSet rs = s.executeQuery(probe)) {
                rs.next();
                assertThat(rs.getBoolean(2)).as("a twin is stored").isTrue();
                twins = rs.getString(4);
            }
            buffers += buffersRead(s, bind(ResponseWriter.FLAG_OLDER, twins, "{}", twins, twins, "{}"));
            try (ResultSet rs = s.executeQuery("select count(*) from survey_response where unit_id = '" + other
                    + "' and position('DUPLICATE_PATTERN' in flags) > 0")) {
                rs.next();
                assertThat(rs.getLong(1)).as("the four twins").isEqualTo(4);
            }
            s.execute("rollback");
        }
        // one unit's 3,000 responses span some 100 pages; the old join read 15,119 buffers (decision 015)
        assertThat(buffers).isLessThan(1_000);
    }

    /** The statement's plan as EXPLAIN prints it, one line per row. */
    private static String explain(Statement s, String sql) throws SQLException {
        StringBuilder lines = new StringBuilder();
        try (ResultSet rs = s.executeQuery("explain " + sql)) {
            while (rs.next()) {
                lines.append(rs.getString(1)).append('\n');
            }
        }
        return lines.toString();
    }

    /** Runs the statement under EXPLAIN ANALYZE: the shared buffers it hit or read. */
    private static long buffersRead(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery("explain (analyze, buffers, format json) " + sql)) {
            rs.next();
            JsonNode plan = new ObjectMapper().readTree(rs.getString(1)).get(0);
            return plan.at("/Plan/Shared Hit Blocks").asLong() + plan.at("/Plan/Shared Read Blocks").asLong();
        }
    }

    /** The statement with its parameters written in as literals, in order. */
    private static String bind(String sql, Object... values) {
        String bound = sql;
        for (Object value : values) {
            bound = bound.replaceFirst("\\?", java.util.regex.Matcher.quoteReplacement(
                    value instanceof Integer ? value.toString() : "'" + value + "'"));
        }
        return bound;
    }

    private Object outcome(PendingResponse p) {
        try {
            return writer.write(p);
        } catch (SubmissionsBusy e) {
            return e;
        }
    }

    private static PendingResponse pending(String key) {
        AnswerSheet sheet = AnswerSheet.check(AnswerSheetTest.DEFAULT, AnswerSheetTest.allRequired("SATISFIED"));
        Instant now = Instant.now();
        return new PendingResponse(tenant, campaign, unit, "u", sheet, 100, null, now,
                new SubmissionSource(key, "a".repeat(64), null), "", false);
    }

    private static void awaitWriterBlocked() throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            try (Connection c = db.owner(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                         + " and query like 'insert into survey_response%'")) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the writer never reached the database");
    }

    private static String storedKeys() throws SQLException {
        try (Connection c = db.owner(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select string_agg(idempotency_key, ',' order by idempotency_key)"
                     + " from survey_response where campaign_id = '" + campaign + "'"
                     + " and idempotency_key not like 'batch-%' and idempotency_key not like 'burst-%' and idempotency_key not like 'blocker%'")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
