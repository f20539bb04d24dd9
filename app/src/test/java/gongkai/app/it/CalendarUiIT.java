package gongkai.app.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import static org.assertj.core.api.Assertions.assertThat;

/** The office in a real browser: checks a deadline with the calculator, adds a local holiday, removes it. */
class CalendarUiIT {

    @Test
    void office_checks_a_deadline_and_adds_and_removes_a_local_holiday() throws Exception {
        TestTenant t = TestTenant.create("calui");
        try (Browser browser = new Browser(1280, 1100)) {
            try {
                browser.open("/");
                browser.type(By.id("vaadinLoginUsername"), t.username("office"));
                browser.await(By.id("vaadinLoginPassword")).findElement(By.cssSelector("input"))
                        .sendKeys(TestTenant.PASSWORD, Keys.ENTER);
                browser.awaitText("工作日历");

                browser.open("/calendar");
                browser.awaitText("工作日计算");
                browser.type(By.id("calendar-from"), "2025-01-20" + Keys.ENTER);
                browser.type(By.id("calendar-add"), "20");
                browser.awaitText("2025-02-21");

                browser.type(By.id("calendar-day-name"), "x");
                browser.await(By.id("calendar-day-name")).findElement(By.cssSelector("input")).sendKeys(Keys.BACK_SPACE);
                browser.awaitText("必填");
                browser.type(By.id("calendar-day-date"), "2025-03-05" + Keys.ENTER);
                browser.type(By.id("calendar-day-name"), "县庆" + t.suffix);
                browser.await(By.id("calendar-day-add")).click();
                browser.awaitText("县庆" + t.suffix);
                browser.awaitText("春节");
                browser.screenshot("calendar-after-add");
                assertThat(t.office().get(t.path("/calendar/working-days?from=2025-03-03&add=5")).json()
                        .get("date").asText()).isEqualTo("2025-03-11");

                // The row may sit below the grid's visible rows: click it as a user would after scrolling to it
                ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].click()",
                        browser.await(By.id("calendar-remove-2025-03-05")));
                new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(30))
                        .until(d -> d.findElements(By.id("calendar-remove-2025-03-05")).isEmpty());
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("calendar-ui-failure");
                throw e;
            }
        }
        assertThat(t.office().get(t.path("/calendar/working-days?from=2025-03-03&add=5")).json().get("date").asText())
                .isEqualTo("2025-03-10");
    }
}
