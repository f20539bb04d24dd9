package gongkai.survey;

import gongkai.error.DomainException;
import gongkai.survey.results.QualityRules;
import gongkai.tenancy.Tenancy;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Group commit of public responses (docs/decisions/010-public-submissions-group-commit.md): requests put checked
 * responses in a bounded queue; one writer thread takes everything queued, writes it with one multi-row insert per
 * tenant (unique keys decide as before: {@code on conflict do nothing}, then the earlier responses of keys that
 * were taken are read back) in one transaction, commits, and only then completes each request's receipt. One
 * fsync serves the whole batch, so durable commits no longer bound the rate to one response per fsync.
 *
 * <p>When the queue is full, or a response waited too long without being taken, the request is refused at once
 * ({@link SubmissionsBusy}: 503 with Retry-After) and nothing is stored for it.
 */
@ApplicationScoped
public class ResponseWriter {

    private static final Logger LOG = Logger.getLogger(ResponseWriter.class.getName());

    private static final String INSERT = "insert into survey_response (tenant_id, id, campaign_id, unit_id, mode,"
            + " answers, scored, started_at, submitted_at, address_hash, browser_token_hash, idempotency_key, flags,"
            + " score) select gongkai_current_tenant(), x.id, x.campaign_id, x.unit_id, 'PUBLIC', x.answers::jsonb,"
            + " x.scored::integer[], x.started_at, x.submitted_at, x.address_hash, x.token_hash, x.idempotency_key, x.flags,"
            + " x.score from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::timestamptz[],"
            + " ?::timestamptz[], ?::text[], ?::text[], ?::text[], ?::text[], ?::float8[]) as x(id, campaign_id, unit_id,"
            + " answers, scored, started_at, submitted_at, address_hash, token_hash, idempotency_key, flags, score)"
            + " on conflict do nothing returning id::text";

    /**
     * Before the insert, for each new response: how many public responses of its address hash are stored within the
     * burst window before it (at most the burst size), whether one about the same unit with the same scored answers
     * is stored, and the stored ones of either kind that still lack their flag (by id). With these the batch's own
     * rows are flagged as they are inserted, and one update by primary key flags the older ones that need it (most
     * responses of a burst or a common pattern find the older ones flagged already). Parameters: window, burst size,
     * window, then the arrays campaign, unit, address hash to count (null: the batch alone makes the burst),
     * submitted at, scored answers, address hash.
     */
    static final String PROBE = "select case when x.address_hash is null then 0 else"
            + " (select count(*) from (select 1 from survey_response s"
            + " where s.campaign_id = x.campaign_id and s.address_hash = x.address_hash and s.mode = 'PUBLIC'"
            + " and s.submitted_at between x.submitted_at - ?::interval and x.submitted_at limit ?) c) end,"
            + " coalesce((select true from survey_response s where s.campaign_id = x.campaign_id and s.unit_id = x.unit_id"
            + " and s.pattern = hash_array(x.scored::integer[]) and s.mode = 'PUBLIC' and s.scored = x.scored::integer[]"
            + " limit 1), false),"
            + " case when x.any_address is not null then array(select s.id::text from survey_response s"
            + " where s.campaign_id = x.campaign_id and s.address_hash = x.any_address and s.mode = 'PUBLIC'"
            + " and s.submitted_at between x.submitted_at - ?::interval and x.submitted_at"
            + " and position('ADDRESS_BURST' in s.flags) = 0) end,"
            + " array(select s.id::text from survey_response s where s.campaign_id = x.campaign_id"
            + " and s.unit_id = x.unit_id and s.pattern = hash_array(x.scored::integer[]) and s.mode = 'PUBLIC'"
            + " and s.scored = x.scored::integer[] and position('DUPLICATE_PATTERN' in s.flags) = 0)"
            + " from unnest(?::uuid[], ?::uuid[], ?::bpchar[], ?::timestamptz[], ?::text[], ?::bpchar[]) with ordinality"
            + " as x(campaign_id, unit_id, address_hash, submitted_at, scored, any_address, i) order by x.i";

    private static final String EARLIER = "select r.campaign_id::text, r.idempotency_key, r.id::text, r.submitted_at,"
            + " r.unit_id::text, r.answers::text from survey_response r"
            + " join unnest(?::uuid[], ?::text[]) as k(campaign_id, idempotency_key)"
            + " on r.campaign_id = k.campaign_id and r.idempotency_key = k.idempotency_key";

    /**
     * The older responses that became twins (DUPLICATE_PATTERN, gongkai.survey.results.QualityChecks) or part of a
     * burst (ADDRESS_BURST) of a new one, by the ids the probe found: one statement per batch, by primary key, so
     * its plan needs no statistics (docs/decisions/015, 016) and the tallies' trigger runs once. Parameters: the ids
     * to flag as twins, as burst, all of them, as twins, as burst.
     */
    static final String FLAG_OLDER = "update survey_response r set flags = array_to_string(array[nullif(r.flags, ''),"
            + " case when r.id = any(?::uuid[]) and position('DUPLICATE_PATTERN' in r.flags) = 0"
            + " then 'DUPLICATE_PATTERN' end,"
            + " case when r.id = any(?::uuid[]) and position('ADDRESS_BURST' in r.flags) = 0 then 'ADDRESS_BURST' end], ',')"
            + " where r.id = any(?::uuid[]) and (r.id = any(?::uuid[]) and position('DUPLICATE_PATTERN' in r.flags) = 0"
            + " or r.id = any(?::uuid[]) and position('ADDRESS_BURST' in r.flags) = 0)";

    @Resource(lookup = "java:app/jdbc/gongkai-nontx")
    DataSource dataSource;

    /** Responses waiting for the writer; beyond this the server answers 503 at once. */
    @Inject
    @ConfigProperty(name = "gongkai.survey.queue.capacity", defaultValue = "2000")
    int capacity;

    /** At most this many responses per transaction. */
    @Inject
    @ConfigProperty(name = "gongkai.survey.queue.batch", defaultValue = "500")
    int maxBatch;

    /** A response not taken into a batch within this time is withdrawn and answered 503. */
    @Inject
    @ConfigProperty(name = "gongkai.survey.queue.wait-ms", defaultValue = "2000")
    long maxWaitMillis;

    private volatile BlockingQueue<PendingResponse> queue;
    private volatile Thread thread;
    private volatile boolean running = true;
    /** Whether the writer thread's current batch has asked for its commit. */
    private boolean committing;

    /**
     * Queues one response and waits for the commit that decides it: the receipt (created or the earlier one), or
     * the refusal (409) the unique keys gave.
     */
    Receipt write(PendingResponse pending) {
        BlockingQueue<PendingResponse> q = started();
        if (!q.offer(pending)) {
            throw new SubmissionsBusy("too many responses are being stored; try again shortly", 1);
        }
        try {
            try {
                return pending.receipt.get(maxWaitMillis, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (pending.withdraw()) {
                    throw new SubmissionsBusy("the response could not be stored in time; try again shortly", 1);
                }
                // A batch has it: its commit is under way and decides the answer.
                return pending.receipt.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (pending.withdraw()) {
                throw new SubmissionsBusy("interrupted", 1);
            }
            return pending.receipt.join();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private BlockingQueue<PendingResponse> started() {
        BlockingQueue<PendingResponse> q = queue;
        if (q != null) {
            return q;
        }
        synchronized (this) {
            if (queue == null) {
                queue = new ArrayBlockingQueue<>(Math.max(capacity, 1));
                thread = new Thread(this::run, "survey-response-writer");
                thread.setDaemon(true);
                thread.start();
            }
            return queue;
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        List<PendingResponse> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                PendingResponse first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.clear();
                batch.add(first);
                queue.drainTo(batch, Math.max(maxBatch, 1) - 1);
                batch.removeIf(p -> !p.take());
                if (!batch.isEmpty()) {
                    writeBatch(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "survey response writer", e);
                batch.forEach(p -> p.receipt.completeExceptionally(e));
            }
        }
    }

    /** One transaction for the batch; when it fails, each response alone, so that one bad row fails only itself. */
    private void writeBatch(List<PendingResponse> batch) {
        try {
            Map<PendingResponse, Object> outcomes;
            try {
                outcomes = store(batch);
            } catch (SQLException e) {
                if (!connectionLost(e) || committing) {
                    throw e; // a commit whose answer was lost may have stored the batch: not again as new
                }
                // Nothing of the batch was committed on a connection that broke (the database restarted, or ended
                // the session): once more on a fresh one from the pool, which drops the broken ones.
                LOG.log(Level.WARNING, "the database connection was lost; storing the batch again", e);
                outcomes = store(batch);
            }
            outcomes.forEach(PendingResponse::complete);
        } catch (SQLException | RuntimeException e) {
            if (batch.size() == 1) {
                LOG.log(Level.WARNING, "a public response could not be stored", e);
                batch.get(0).receipt.completeExceptionally(
                        new SubmissionsBusy("the response could not be stored; try again shortly", 1));
                return;
            }
            LOG.log(Level.WARNING, "a batch of " + batch.size() + " responses failed; storing them one by one", e);
            for (PendingResponse p : batch) {
                writeBatch(List.of(p));
            }
        }
    }

    /** SQLSTATE class 08: the connection failed (PostgreSQL's driver also says so for a connection it closed). */
    static boolean connectionLost(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if (x.getSQLState() != null && x.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    /** Stores the batch and commits; the outcome of each: its receipt or its refusal. Nothing is completed here. */
    private Map<PendingResponse, Object> store(List<PendingResponse> batch) throws SQLException {
        Map<UUID, List<PendingResponse>> byTenant = new LinkedHashMap<>();
        for (PendingResponse p : batch) {
            byTenant.computeIfAbsent(p.tenantId, t -> new ArrayList<>()).add(p);
        }
        Map<PendingResponse, Object> outcomes = new LinkedHashMap<>();
        committing = false;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                for (Map.Entry<UUID, List<PendingResponse>> tenant : byTenant.entrySet()) {
                    Tenancy.applyTenant(c, tenant.getKey());
                    storeForTenant(c, tenant.getValue(), outcomes);
                }
                committing = true;
                c.commit();
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
        return outcomes;
    }

    private static void storeForTenant(Connection c, List<PendingResponse> rows, Map<PendingResponse, Object> outcomes)
            throws SQLException {
        int n = rows.size();
        Arrival arrival = flagsOnArrival(c, rows);
        String[] flags = arrival.flags();
        String[][] columns = new String[12][n];
        for (int i = 0; i < n; i++) {
            PendingResponse p = rows.get(i);
            columns[0][i] = p.id.toString();
            columns[1][i] = p.campaignId.toString();
            columns[2][i] = p.unitId.toString();
            columns[3][i] = p.sheet.answers().toString();
            columns[4][i] = p.scored;
            columns[5][i] = p.startedAt == null ? null : p.startedAt.toString();
            columns[6][i] = p.submittedAt.toString();
            columns[7][i] = p.source.addressHash();
            columns[8][i] = p.source.browserTokenHash();
            columns[9][i] = p.source.idempotencyKey();
            columns[10][i] = flags[i];
            columns[11][i] = Double.toString(p.score);
        }
        Set<String> inserted = new HashSet<>();
        try (PreparedStatement insert = c.prepareStatement(INSERT)) {
            List<Array> arrays = new ArrayList<>();
            for (int col = 0; col < columns.length; col++) {
                Array array = c.createArrayOf("text", columns[col]);
                arrays.add(array);
                insert.setArray(col + 1, array);
            }
            try (ResultSet rs = insert.executeQuery()) {
                while (rs.next()) {
                    inserted.add(rs.getString(1));
                }
            }
            for (Array array : arrays) {
                array.free();
            }
        }
        flagAcrossResponses(c, rows, arrival, inserted);
        List<PendingResponse> keyed = new ArrayList<>();
        for (PendingResponse p : rows) {
            if (inserted.contains(p.id.toString())) {
                outcomes.put(p, new Receipt(p.id, p.submittedAt, true));
            } else if (p.source.idempotencyKey() != null) {
                keyed.add(p);
            } else {
                outcomes.put(p, alreadyAnswered(p));
            }
        }
        if (keyed.isEmpty()) {
            return;
        }
        // Keys taken (by an earlier response, or by one earlier in this batch): the same submission again is answered
        // with the first receipt, a different one is refused (a key names one submission).
        Map<String, Object[]> earlier = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement(EARLIER)) {
            String[] campaigns = keyed.stream().map(p -> p.campaignId.toString()).toArray(String[]::new);
            String[] keys = keyed.stream().map(p -> p.source.idempotencyKey()).toArray(String[]::new);
            select.setArray(1, c.createArrayOf("text", campaigns));
            select.setArray(2, c.createArrayOf("text", keys));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    earlier.put(rs.getString(1) + "|" + rs.getString(2), new Object[] {
                            rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6)});
                }
            }
        }
        for (PendingResponse p : keyed) {
            Object[] e = earlier.get(p.campaignId + "|" + p.source.idempotencyKey());
            if (e == null) {
                outcomes.put(p, alreadyAnswered(p));
            } else if (!p.unitId.toString().equals(e[2]) || !p.sheet.answers().equals(PublicSurveys.json((String) e[3]))) {
                outcomes.put(p, DomainException.conflict("Idempotency-Key",
                        "this Idempotency-Key was used for a different response; use a new key for a new response"));
            } else {
                outcomes.put(p, new Receipt(UUID.fromString((String) e[0]), (java.time.Instant) e[1], false));
            }
        }
    }

    /**
     * The flags of each new response as it is inserted: its own (PendingResponse#flags) plus ADDRESS_BURST when it
     * is the burst size-th or later of its address hash within the window (stored ones and the batch's earlier
     * ones), and DUPLICATE_PATTERN when a stored response or another one in the batch about the same unit has the
     * same scored answers. Older responses that become part of a burst or pattern are flagged afterwards.
     */
    private static Arrival flagsOnArrival(Connection c, List<PendingResponse> rows) throws SQLException {
        QualityRules rules = SurveyResults.QUALITY;
        int n = rows.size();
        long[] storedInWindow = new long[n];
        boolean[] patternStored = new boolean[n];
        String[][] olderBurstUnflagged = new String[n][];
        String[][] olderTwinUnflagged = new String[n][];
        long[] inBatch = new long[n];
        String[] probedAddresses = new String[n];
        for (int i = 0; i < n; i++) {
            inBatch[i] = inBatchWindow(rows, rows.get(i), rules);
            // the batch alone makes a burst: no need to count the stored ones
            probedAddresses[i] = inBatch[i] >= rules.burstSize() ? null : rows.get(i).source.addressHash();
        }
        try (PreparedStatement probe = c.prepareStatement(PROBE)) {
            String window = rules.burstWindow().toMillis() + " milliseconds";
            probe.setString(1, window);
            probe.setInt(2, rules.burstSize());
            probe.setString(3, window);
            probe.setArray(4, c.createArrayOf("text", rows.stream().map(p -> p.campaignId.toString()).toArray()));
            probe.setArray(5, c.createArrayOf("text", rows.stream().map(p -> p.unitId.toString()).toArray()));
            probe.setArray(6, c.createArrayOf("text", probedAddresses));
            probe.setArray(7, c.createArrayOf("text", rows.stream().map(p -> p.submittedAt.toString()).toArray()));
            probe.setArray(8, c.createArrayOf("text", rows.stream().map(p -> p.scored).toArray()));
            probe.setArray(9, c.createArrayOf("text", rows.stream().map(p -> p.source.addressHash()).toArray()));
            try (ResultSet rs = probe.executeQuery()) {
                for (int i = 0; rs.next(); i++) {
                    storedInWindow[i] = rs.getLong(1);
                    patternStored[i] = rs.getBoolean(2);
                    olderBurstUnflagged[i] = ids(rs.getArray(3));
                    olderTwinUnflagged[i] = ids(rs.getArray(4));
                }
            }
        }
        String[] flags = new String[n];
        boolean[] burst = new boolean[n];
        for (int i = 0; i < n; i++) {
            PendingResponse p = rows.get(i);
            burst[i] = p.source.addressHash() != null && storedInWindow[i] + inBatch[i] >= rules.burstSize();
        }
        for (int i = 0; i < n; i++) {
            PendingResponse p = rows.get(i);
            String f = p.flags;
            // the burst size-th and later of an address, and the batch's earlier ones in their windows
            boolean inBurst = burst[i];
            for (int j = 0; j < n && !inBurst; j++) {
                inBurst = burst[j] && j != i && inWindowBefore(rows.get(i), rows.get(j), rules);
            }
            if (inBurst) {
                f = withFlag(f, "ADDRESS_BURST");
            }
            if (p.comparesPattern) {
                boolean twin = patternStored[i];
                for (PendingResponse q : rows) {
                    twin |= q != p && !sameSubmission(p, q) && q.campaignId.equals(p.campaignId) && q.unitId.equals(p.unitId)
                            && q.scored.equals(p.scored);
                }
                if (twin) {
                    f = withFlag(f, "DUPLICATE_PATTERN");
                }
            }
            flags[i] = f;
        }
        return new Arrival(flags, burst, olderBurstUnflagged, olderTwinUnflagged);
    }

    /**
     * The flags of the batch's responses on arrival, whether each is the burst size-th or later of its address within
     * the window, and per response the stored responses in its burst window that lack ADDRESS_BURST and its stored
     * twins that lack DUPLICATE_PATTERN (read before the insert).
     */
    private record Arrival(String[] flags, boolean[] burstAt, String[][] olderBurstUnflagged,
                           String[][] olderTwinUnflagged) {
    }

    private static String[] ids(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    /** How many of the batch's responses (itself included) came from its address within the window before it. */
    private static long inBatchWindow(List<PendingResponse> rows, PendingResponse p, QualityRules rules) {
        if (p.source.addressHash() == null) {
            return 0;
        }
        long inWindow = 1;
        for (PendingResponse q : rows) {
            if (q != p && inWindowBefore(q, p, rules)) {
                inWindow++;
            }
        }
        return inWindow;
    }

    /** Whether q is another response of p's campaign and address within the burst window before (or at) p. */
    private static boolean inWindowBefore(PendingResponse q, PendingResponse p, QualityRules rules) {
        return p.source.addressHash() != null && !sameSubmission(p, q) && q.campaignId.equals(p.campaignId)
                && p.source.addressHash().equals(q.source.addressHash())
                && !q.submittedAt.isAfter(p.submittedAt)
                && !q.submittedAt.isBefore(p.submittedAt.minus(rules.burstWindow()));
    }

    /** A retry of the same submission (its key or its browser again) is not another response: one of them is kept. */
    private static boolean sameSubmission(PendingResponse p, PendingResponse q) {
        String key = p.source.idempotencyKey();
        String browser = p.source.browserTokenHash();
        return key != null && key.equals(q.source.idempotencyKey())
                || browser != null && browser.equals(q.source.browserTokenHash()) && p.unitId.equals(q.unitId);
    }

    private static String withFlag(String flags, String flag) {
        return flags.isEmpty() ? flag : flags + "," + flag;
    }

    /**
     * Flags the older responses that the inserted ones made twins or part of a burst (the batch's own rows were
     * flagged on arrival): one update by id, none when every older one has its flags already.
     */
    private static void flagAcrossResponses(Connection c, List<PendingResponse> rows, Arrival arrival,
                                            Set<String> inserted) throws SQLException {
        String[] flags = arrival.flags();
        Set<String> twins = new LinkedHashSet<>();
        Set<String> bursts = new LinkedHashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            PendingResponse p = rows.get(i);
            if (!inserted.contains(p.id.toString())) {
                continue; // a response not stored makes no other one a twin nor part of a burst
            }
            if (p.comparesPattern && flags[i].contains("DUPLICATE_PATTERN")) {
                twins.addAll(List.of(arrival.olderTwinUnflagged()[i]));
            }
            if (arrival.burstAt()[i]) {
                // the burst size-th and later of an address: the stored ones in its window are part of the burst
                bursts.addAll(List.of(arrival.olderBurstUnflagged()[i]));
            }
        }
        if (twins.isEmpty() && bursts.isEmpty()) {
            return;
        }
        Set<String> all = new LinkedHashSet<>(twins);
        all.addAll(bursts);
        try (PreparedStatement update = c.prepareStatement(FLAG_OLDER)) {
            Array twinIds = c.createArrayOf("text", twins.toArray());
            Array burstIds = c.createArrayOf("text", bursts.toArray());
            update.setArray(1, twinIds);
            update.setArray(2, burstIds);
            update.setArray(3, c.createArrayOf("text", all.toArray()));
            update.setArray(4, twinIds);
            update.setArray(5, burstIds);
            update.executeUpdate();
        }
    }

    private static DomainException alreadyAnswered(PendingResponse p) {
        return DomainException.conflict("unitCode", "this browser has already answered for unit '" + p.unitCode + "'");
    }
}
