package gongkai.app.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rectification tracking in a real browser (#4): a unit's liaison sees only their unit's order and files the report;
 * the office sees the other unit's overdue order highlighted and accepts the report.
 */
class RectificationUiIT {

    @Test
    void a_liaison_files_a_report_and_the_office_accepts_it_with_overdue_orders_highlighted() throws Exception {
        TestTenant t = TestTenant.create("rectui").coveringComingYears();
        String orders = t.path("/rectification-orders");
        Api.Reply edu = t.office().post(orders, Map.of("unitCode", "edu-" + t.suffix, "subject", "栏目整改" + t.suffix));
        Api.Reply fin = t.office().post(orders, Map.of("unitCode", "fin-" + t.suffix, "subject", "财政整改" + t.suffix));
        assertThat(edu.status()).as(edu.toString()).isEqualTo(201);
        assertThat(fin.status()).as(fin.toString()).isEqualTo(201);
        String eduId = edu.json().get("id").asText();
        String finId = fin.json().get("id").asText();
        try (Connection c = Server.get().ownerConnection(); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("update rectification_order set due_end = now() - interval '1 minute',"
                    + " due_date = current_date - 1 where id = '" + finId + "'")).isEqualTo(1);
        }

        try (Browser browser = new Browser(1280, 1100)) {
            try {
                login(browser, t.username("liaison"));
                browser.open("/rectifications");
                browser.awaitText("栏目整改" + t.suffix);
                assertThat(browser.driver.getPageSource()).doesNotContain("财政整改" + t.suffix);
                browser.await(By.id("rect-open-" + eduId)).click();
                browser.await(By.id("rect-report")).findElement(By.cssSelector("textarea")).sendKeys("已完成栏目整改");
                browser.type(By.id("rect-evidence"), "ev-1, ev-2");
                browser.await(By.id("rect-file")).click();
                browser.awaitText("已报告");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("rectification-liaison-failure");
                throw e;
            }
        }
        assertThat(t.office().get(orders + "/" + eduId).json().get("evidence")).hasSize(2);

        try (Browser browser = new Browser(1280, 1100)) {
            try {
                login(browser, t.username("office"));
                browser.open("/rectifications");
                browser.awaitText("财政整改" + t.suffix);
                assertThat(browser.await(By.id("rect-state-" + finId)).getText()).contains("已逾期");
                assertThat(browser.await(By.id("rect-state-" + eduId)).getText()).doesNotContain("已逾期");
                browser.await(By.id("rect-open-" + eduId)).click();
                browser.awaitText("已完成栏目整改");
                assertThat(browser.await(By.id("rect-send-back")).getAttribute("disabled")).as("a reason comes first")
                        .isNotNull();
                browser.await(By.id("rect-reason")).findElement(By.cssSelector("textarea")).sendKeys("整改到位");
                new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(30))
                        .until(d -> d.findElement(By.id("rect-send-back")).getAttribute("disabled") == null);
                browser.await(By.id("rect-accept")).click();
                browser.awaitText("已验收");
                browser.screenshot("rectification-accepted");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("rectification-office-failure");
                throw e;
            }
        }
        assertThat(t.office().get(orders + "/" + eduId).json().get("state").asText()).isEqualTo("ACCEPTED");
    }

    static void login(Browser browser, String username) {
        browser.open("/");
        browser.type(By.id("vaadinLoginUsername"), username);
        browser.await(By.id("vaadinLoginPassword")).findElement(By.cssSelector("input"))
                .sendKeys(TestTenant.PASSWORD, Keys.ENTER);
        browser.awaitText("工作日历");
    }
}
