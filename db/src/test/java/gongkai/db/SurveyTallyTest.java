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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V13's running tallies, as the application's role writes: after inserts, flag changes, reviews, a replaced panel
 * answer and deletes, every tally equals a count from scratch over the responses; another tenant sees none of them.
 */
class SurveyTallyTest {

    static TestDatabase db;
    static UUID tenant;
    static UUID other;
    static UUID campaign;
    static List<UUID> units = new ArrayList<>();

    /** The tallies as the triggers keep them, rows with nothing left dropped, in one canonical text. */
    static final String TALLIES = "select string_agg(concat_ws('|', unit_id, mode, answered, left_out, responses,"
            + " round(score_sum::numeric, 6), round(score_squares::numeric, 4), unscored), ';' order by unit_id, mode,"
            + " answered, left_out) from survey_tally where campaign_id = '%s' and (responses <> 0 or unscored <> 0"
            + " or abs(score_sum) > 1e-9)";
    /** The same figures counted from scratch. */
    static final String RECOUNT = "select string_agg(concat_ws('|', unit_id, mode, answered, left_out, responses,"
            + " round(score_sum::numeric, 6), round(score_squares::numeric, 4), unscored), ';' order by unit_id, mode,"
            + " answered, left_out) from (select unit_id, mode, gongkai_response_answered(scored) as answered,"
            + " gongkai_response_left_out(flags, review) as left_out, count(*) as responses,"
            + " coalesce(sum(score), 0) as score_sum, coalesce(sum(score * score), 0) as score_squares,"
            + " count(*) filter (where score is null) as unscored from survey_response where campaign_id = '%s'"
            + " group by 1, 2, 3, 4) r";
    static final String ANSWERS = "select string_agg(concat_ws('|', unit_id, mode, answered, left_out, question, answer,"
            + " responses), ';' order by unit_id, mode, answered, left_out, question, answer) from survey_tally_answer"
            + " where campaign_id = '%s' and responses <> 0";
    static final String ANSWERS_RECOUNT = "select string_agg(concat_ws('|', unit_id, mode, answered, left_out, question,"
            + " answer, responses), ';' order by unit_id, mode, answered, left_out, question, answer) from ("
            + "select r.unit_id, r.mode, gongkai_response_answered(r.scored) as answered,"
            + " gongkai_response_left_out(r.flags, r.review) as left_out, a.k - 1 as question, a.answer, count(*) as responses"
            + " from survey_response r cross join lateral unnest(r.scored) with ordinality as a(answer, k)"
            + " where r.campaign_id = '%s' and a.answer >= 0 group by 1, 2, 3, 4, 5, 6) r";

    @BeforeAll
    static void aCampaignOverThreeUnits() throws SQLException {
        db = TestDatabase.get();
        tenant = UUID.randomUUID();
        other = UUID.randomUUID();
        campaign = UUID.randomUUID();
        UUID questionnaire = UUID.randomUUID();
        try (Connection c = db.owner(); Statement s = c.createStatement()) {
            for (UUID t : List.of(tenant, other)) {
                s.execute("insert into tenant (id, code, name_zh_hans, level) values ('" + t + "', 't-" + t
                        + "', '测试', 'CITY')");
            }
            s.execute("begin; select set_config('app.tenant_id', '" + tenant + "', true)");
            for (int i = 0; i < 3; i++) {
                UUID unit = UUID.randomUUID();
                units.add(unit);
                s.execute("insert into assessed_unit (tenant_id, id, code, kind, name_zh_hans) values ('" + tenant
                        + "', '" + unit + "', 'u" + i + "', 'DEPARTMENT', '单位" + i + "')");
            }
            s.execute("insert into questionnaire (tenant_id, id, code, questionnaire_version, state, definition) values ('"
                    + tenant + "', '" + questionnaire + "', 'q', 1, 'PUBLISHED', '{}')");
            s.execute("insert into campaign (tenant_id, id, code, slug, name_zh_hans, questionnaire_id, opens_at,"
                    + " closes_at, modes) values ('" + tenant + "', '" + campaign + "', 'c', 'tally-" + campaign
                    + "', '评议', '" + questionnaire + "', now(), now() + interval '1 day', 'PUBLIC')");
            s.execute("commit");
        }
    }

    @Test
    void every_change_to_the_responses_keeps_the_tallies_equal_to_a_recount() throws SQLException {
        try (Connection c = db.app()) {
            c.setAutoCommit(false);
            setTenant(c);
            // a batch as the writer stores it: scored answers with -1 for unanswered, a score per response
            StringBuilder values = new StringBuilder();
            for (int i = 0; i < 60; i++) {
                int a = i % 5;
                int b = (i / 5) % 3 - 1; // -1 = unanswered
                values.append(i == 0 ? "" : ",").append("(gongkai_current_tenant(), gen_random_uuid(), '").append(campaign)
                        .append("', '").append(units.get(i % 3)).append("', 'PUBLIC', '{}', '{").append(a).append(',')
                        .append(b).append(',').append((a + 1) % 5).append("}', ").append(100 - 20 * a + 0.25 * i)
                        .append(", '").append(i % 7 == 0 ? "TOO_FAST" : "").append("')");
            }
            exec(c, "insert into survey_response (tenant_id, id, campaign_id, unit_id, mode, answers, scored, score,"
                    + " flags) values " + values);
            c.commit();
            assertTalliesMatch(c, 60);

            setTenant(c);
            exec(c, "update survey_response set flags = 'DUPLICATE_PATTERN' where campaign_id = '" + campaign
                    + "' and scored[1] = 2 and flags = ''");
            c.commit();
            assertTalliesMatch(c, 60);

            setTenant(c);
            exec(c, "update survey_response set review = 'KEPT' where campaign_id = '" + campaign
                    + "' and flags <> '' and scored[2] = 0");
            exec(c, "update survey_response set review = 'EXCLUDED' where campaign_id = '" + campaign
                    + "' and scored[1] = 4");
            c.commit();
            assertTalliesMatch(c, 60);

            setTenant(c);
            // a panel member replaces their answers: the old ones leave the tallies, the new ones enter
            exec(c, "update survey_response set scored = '{0,0,0}', score = 100 where campaign_id = '" + campaign
                    + "' and scored[1] = 3");
            // an update that changes nothing counted changes no tally
            exec(c, "update survey_response set answers = '{\"note\": 1}' where campaign_id = '" + campaign + "'");
            c.commit();
            assertTalliesMatch(c, 60);

            setTenant(c);
            exec(c, "delete from survey_response where campaign_id = '" + campaign + "' and unit_id = '" + units.get(0)
                    + "'");
            c.commit();
            assertTalliesMatch(c, 40);

            setTenant(c);
            // a response stored before V13 has no score: counted as unscored until the results score it in SQL
            exec(c, "insert into survey_response (tenant_id, id, campaign_id, unit_id, mode, answers, scored, flags)"
                    + " values (gongkai_current_tenant(), gen_random_uuid(), '" + campaign + "', '" + units.get(1)
                    + "', 'PUBLIC', '{}', '{1,1,1}', '')");
            c.commit();
            assertTalliesMatch(c, 41);
            setTenant(c);
            assertThat(count(c, "select sum(unscored) from survey_tally where campaign_id = '" + campaign + "'"))
                    .isEqualTo(1);
            c.commit();

            setTenant(c, other);
            assertThat(count(c, "select count(*) from survey_tally")).as("another tenant's tallies").isZero();
            assertThat(count(c, "select count(*) from survey_tally_answer")).as("another tenant's answers").isZero();
            c.commit();
        }
    }

    private static void assertTalliesMatch(Connection c, int responses) throws SQLException {
        setTenant(c);
        assertThat(text(c, TALLIES.formatted(campaign))).isEqualTo(text(c, RECOUNT.formatted(campaign)));
        assertThat(text(c, ANSWERS.formatted(campaign))).isEqualTo(text(c, ANSWERS_RECOUNT.formatted(campaign)));
        assertThat(count(c, "select sum(responses) from survey_tally where campaign_id = '" + campaign + "'"))
                .isEqualTo(responses);
        c.commit();
    }

    private static void setTenant(Connection c) throws SQLException {
        setTenant(c, tenant);
    }

    private static void setTenant(Connection c, UUID t) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            ps.setString(1, t.toString());
            ps.execute();
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            String value = rs.getString(1);
            assertThat(value).as(sql).isNotNull();
            return value;
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
