package gongkai.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static gongkai.app.it.SurveyPageUiIT.answerRequired;
import static gongkai.app.it.SurveyPageUiIT.click;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Representative panels in the browser (issue 5): the office invites a member on the campaign's panel tab and gets
 * their personal link; the member opens it on a phone without login, is refused beside the question when a
 * required answer is missing, scores both units (and corrects one: replaced, not added); the office sees 2/2 and
 * records a reminder to a member who has not finished. Unknown links and closed campaigns say so.
 */
class PanelUiIT {

    @Test
    void the_office_invites_a_member_who_scores_both_units_on_a_phone_and_the_office_reminds_another() throws Exception {
        TestTenant t = TestTenant.create("pn-ui");
        representativeCampaign(t, "rep", LocalDateTime.now().minusDays(1), LocalDateTime.now().plusDays(10));
        Api.Reply other = t.office().post(t.path("/campaigns/rep/panel"), Map.of("name", "李委员", "type", "CPPCC_MEMBER"));
        assertThat(other.status()).as(other.toString()).isEqualTo(201);
        String otherId = other.json().get("memberId").asText();
        String edu = "edu-" + t.suffix;
        String fin = "fin-" + t.suffix;

        String link;
        try (Browser office = new Browser(1400, 1000)) {
            try {
                QuestionnaireBuilderUiIT.login(office, t);
                openPanelTab(office);
                office.awaitText("李委员");

                // validated as typed: a name typed then cleared is refused beside the field, a type is required
                office.type(By.id("panel-name"), "张");
                office.await(By.id("panel-name")).findElement(By.cssSelector("input")).sendKeys(
                        org.openqa.selenium.Keys.BACK_SPACE);
                office.waiting(Duration.ofSeconds(30)).until(d ->
                        d.findElement(By.id("panel-name")).getAttribute("invalid") != null);
                office.await(By.id("panel-add")).click();
                office.waiting(Duration.ofSeconds(30)).until(d ->
                        d.findElement(By.id("panel-type")).getAttribute("invalid") != null);
                assertThat(members(t)).hasSize(1);

                office.type(By.id("panel-name"), "张代表");
                office.await(By.id("panel-type")).click();
                office.await(By.xpath("//vaadin-select-item[contains(., '人大代表')]")).click();
                office.await(By.id("panel-add")).click();
                link = office.await(By.id("panel-link")).getAttribute("href");
                assertThat(link).contains("/p/");
                office.awaitText("张代表的个人评议链接");
                // drawn: an SVG element (not an unknown HTML one) whose modules cover most of its view box
                Number qrModules = (Number) ((org.openqa.selenium.JavascriptExecutor) office.driver).executeScript(
                        "const p = document.querySelector('#panel-qr svg path');"
                                + " return p instanceof SVGElement ? p.getBBox().width : -1");
                assertThat(qrModules.doubleValue()).as("the link's QR code is drawn").isGreaterThan(20);
                office.screenshot("panel-office-invited");
            } catch (RuntimeException | AssertionError e) {
                office.screenshot("panel-office-failure");
                throw e;
            }
        }
        JsonNode invited = members(t).get(1);
        assertThat(invited.get("name").asText()).isEqualTo("张代表");
        assertThat(invited.get("type").asText()).isEqualTo("NPC_DEPUTY");
        String memberId = invited.get("memberId").asText();
        String token = link.substring(link.indexOf("/p/") + 3);
        assertThat(Api.anonymous().get("/api/v1/public/panel/" + token).status())
                .as("the link shown is the member's own").isEqualTo(200);

        try (Browser phone = Browser.phone()) {
            try {
                phone.driver.get(link);
                phone.waiting(Duration.ofSeconds(180))
                        .until(d -> !d.findElements(By.id("panel-page")).isEmpty());
                phone.awaitText("代表评议" + t.suffix);
                phone.awaitText("张代表（人大代表）");
                phone.awaitText("已评 0 / 2 个单位");
                assertThat(SurveyPageUiIT.width(phone)).as("a phone-sized viewport").isLessThanOrEqualTo(400);
                assertThat(phone.await(By.id("panel-state-" + edu)).getText()).isEqualTo("未评");

                // a missing required answer: refused beside the question, nothing stored
                click(phone, By.id("panel-score-" + edu));
                phone.awaitText("为单位edu" + t.suffix + "评分");
                click(phone, By.id("survey-submit"));
                phone.awaitText("此题为必答题");
                assertThat(phone.await(By.id("q-content")).getAttribute("class")).contains("gk-invalid");
                assertThat(stored(memberId)).isEmpty();
                phone.screenshot("panel-phone-refused");

                answerRequired(phone);
                click(phone, By.id("survey-submit"));
                phone.await(By.id("panel-saved"));
                phone.awaitText("已评 1 / 2 个单位");
                assertThat(phone.await(By.id("panel-state-" + edu)).getText()).isEqualTo("已评");

                click(phone, By.id("panel-score-" + fin));
                answerRequired(phone);
                click(phone, By.id("survey-submit"));
                phone.awaitText("已评 2 / 2 个单位");
                phone.screenshot("panel-phone-done");

                // a second save of the same unit replaces the first
                click(phone, By.id("panel-score-" + edu));
                phone.awaitText("再次提交将替换原来的评分");
                answerRequired(phone);
                click(phone, By.cssSelector("#q-content-field vaadin-radio-button:nth-of-type(2)"));
                click(phone, By.id("survey-submit"));
                phone.await(By.id("panel-saved"));
                phone.awaitText("已评 2 / 2 个单位");
                assertThat(stored(memberId)).as("one response per unit, the correction replaced")
                        .containsExactlyInAnyOrderEntriesOf(Map.of(edu, "FAIRLY_SATISFIED", fin, "SATISFIED"));

                phone.await(By.id("panel-lang-en")).click();
                phone.awaitText("2 of 2 units scored");
            } catch (RuntimeException | AssertionError e) {
                phone.screenshot("panel-phone-failure");
                throw e;
            }
        }

        try (Browser office = new Browser(1400, 1000)) {
            try {
                QuestionnaireBuilderUiIT.login(office, t);
                office.open("/campaigns");
                office.await(By.id("panel-rep")).click();
                assertThat(office.await(By.id("panel-progress-" + memberId)).getText()).isEqualTo("2/2");
                assertThat(office.await(By.id("panel-progress-" + otherId)).getText()).isEqualTo("0/2");
                assertThat(office.driver.findElements(By.id("remind-" + memberId)).stream()
                        .noneMatch(org.openqa.selenium.WebElement::isDisplayed)).as("a finished member needs no reminder").isTrue();
                office.await(By.id("remind-" + otherId)).click();
                office.awaitText("已记录对李委员的提醒（第1次）");
                office.waiting(Duration.ofSeconds(30)).until(d ->
                        d.findElement(By.id("panel-reminded-" + otherId)).getText().contains("共1次"));
                office.screenshot("panel-office-reminded");
            } catch (RuntimeException | AssertionError e) {
                office.screenshot("panel-office-failure");
                throw e;
            }
        }
        JsonNode after = members(t);
        assertThat(after.get(0).get("reminders").asInt()).isEqualTo(1);
        assertThat(after.get(0).get("lastRemindedAt").isNull()).isFalse();
        assertThat(after.get(1).get("finished").asBoolean()).isTrue();
        assertThat(after.get(1).get("reminders").asInt()).isZero();
    }

    @Test
    void an_unknown_link_and_a_closed_campaign_say_so_without_a_form() throws Exception {
        TestTenant t = TestTenant.create("pn-states");
        LocalDateTime now = LocalDateTime.now();
        representativeCampaign(t, "done", now.minusDays(30), now.minusDays(1));
        String token = t.office().post(t.path("/campaigns/done/panel"), Map.of("name", "王记者", "type", "MEDIA"))
                .json().get("token").asText();
        try (Browser phone = Browser.phone()) {
            try {
                phone.open("/p/" + token);
                phone.waiting(Duration.ofSeconds(180))
                        .until(d -> !d.findElements(By.id("panel-page")).isEmpty());
                phone.await(By.id("panel-closed"));
                phone.awaitText("评议已结束");
                assertThat(phone.driver.findElements(By.id("panel-score-edu-" + t.suffix))).isEmpty();

                phone.open("/p/unknown-token-0123456789");
                phone.await(By.id("panel-unknown"));
                phone.awaitText("找不到该评议链接");
            } catch (RuntimeException | AssertionError e) {
                phone.screenshot("panel-states-failure");
                throw e;
            }
        }
    }

    static void representativeCampaign(TestTenant t, String code, LocalDateTime opens, LocalDateTime closes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("names", Map.of("zhHans", "代表评议" + t.suffix));
        body.put("unitCodes", List.of("edu-" + t.suffix, "fin-" + t.suffix));
        body.put("opensAt", opens.toString());
        body.put("closesAt", closes.toString());
        body.put("modes", List.of("PUBLIC", "REPRESENTATIVE"));
        Api.Reply created = t.office().post(t.path("/campaigns"), body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    private static void openPanelTab(Browser office) {
        office.open("/campaigns/rep/results");
        office.await(By.xpath("//vaadin-tab[contains(., '代表评议')]")).click();
        office.await(By.id("panel-grid"));
    }

    private static JsonNode members(TestTenant t) {
        Api.Reply panel = t.office().get(t.path("/campaigns/rep/panel"));
        assertThat(panel.status()).as(panel.toString()).isEqualTo(200);
        return panel.json();
    }

    /** The member's stored scores: unit code -> answer to 'content'. */
    private static Map<String, String> stored(String memberId) throws Exception {
        Map<String, String> rows = new LinkedHashMap<>();
        try (Connection c = Server.get().ownerConnection(); PreparedStatement s = c.prepareStatement(
                "select u.code, r.answers->>'content', r.mode from survey_response r join assessed_unit u"
                        + " on u.tenant_id = r.tenant_id and u.id = r.unit_id where r.panel_member_id = cast(? as uuid)")) {
            s.setString(1, memberId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    assertThat(rs.getString(3)).isEqualTo("REPRESENTATIVE");
                    assertThat(rows.put(rs.getString(1), rs.getString(2))).as("one row per unit").isNull();
                }
            }
        }
        return rows;
    }
}
