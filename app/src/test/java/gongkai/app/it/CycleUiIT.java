package gongkai.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4 in a real browser: the unit's liaison fills in the self-assessment (a score above the maximum is refused
 * beside the field as it is typed, a text file posing as a PDF is refused beside the upload, a real PDF is kept) and
 * submits it; the assessor scores the unit with the self-score beside each input, a comment required below the
 * maximum, and saves. Checked through REST and SQL.
 */
class CycleUiIT {

    @Test
    void a_unit_submits_its_self_assessment_with_evidence_and_the_assessor_scores_it_beside_the_self_scores()
            throws Exception {
        TestTenant t = TestTenant.create("cycui");
        Api office = t.office();
        String edu = "edu-" + t.suffix;
        String cycle = t.path("/cycles/annual");
        assertThat(office.post(t.path("/schemes"), Map.of("code", "jc", "year", 2026, "template", "jinchang-2022"))
                .status()).isEqualTo(201);
        assertThat(office.post(t.path("/schemes/jc/versions/1/approval"), Map.of()).status()).isEqualTo(200);
        assertThat(office.post(t.path("/cycles"), Map.of("code", "annual", "schemeCode", "jc", "schemeVersion", 1,
                "period", "2026", "unitCodes", List.of(edu, "fin-" + t.suffix))).status()).isEqualTo(201);
        assertThat(office.put(cycle + "/units/" + edu + "/assessors", Map.of("usernames",
                List.of(t.username("assessor")))).status()).isEqualTo(200);
        assertThat(office.post(cycle + "/moves/notify", Map.of("noticeDate", "2026-03-01")).status()).isEqualTo(200);
        assertThat(office.post(cycle + "/moves/open-self-assessment", Map.of()).status()).isEqualTo(200);

        Path dir = Files.createTempDirectory("evidence");
        Path pdf = dir.resolve("organisation.pdf");
        Files.write(pdf, EvidenceIT.pdf(2048));
        Path fake = dir.resolve("fake.pdf");
        Files.writeString(fake, "这不是PDF，只是文本。".repeat(20), StandardCharsets.UTF_8);

        try (Browser browser = new Browser(1400, 1000)) {
            try {
                login(browser, t.username("liaison"));
                browser.open("/cycles/annual/units/" + edu + "/self-assessment");
                browser.awaitText("草稿");

                setNumber(browser, By.id("self-organisation"), "11");
                browser.awaitText("不能超过满分 10");
                assertThat(browser.await(By.id("self-organisation")).getDomAttribute("invalid")).isNotNull();
                setNumber(browser, By.id("self-organisation"), "10");
                new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                        .until(d -> d.findElement(By.id("self-organisation")).getDomAttribute("invalid") == null);
                for (String leaf : CycleLifecycleIT.LEAVES) {
                    if (!leaf.equals("organisation")) {
                        setNumber(browser, By.id("self-" + leaf), leaf.equals("mechanisms") ? "9"
                                : String.valueOf(CycleLifecycleIT.MAX.get(leaf)));
                    }
                }

                fileInput(browser, "upload-organisation").sendKeys(fake.toString());
                browser.awaitText("fake.pdf：文件内容不是 PDF、图片或 Office 文档，未保存");
                fileInput(browser, "upload-organisation").sendKeys(pdf.toString());
                inView(browser, By.cssSelector("#files-organisation a"));
                // the refusal beside the field goes once the good file is kept (the same round trip may draw it later)
                browser.waiting(Duration.ofSeconds(10)).until(
                        d -> d.findElement(By.id("upload-error-organisation")).getText().isEmpty());

                inView(browser, By.id("self-report")).findElement(By.cssSelector("textarea"))
                        .sendKeys("本单位2026年度政务公开工作自评报告");
                click(browser, By.id("self-submit"));
                browser.awaitText("自评已提交");
                browser.screenshot("self-assessment-submitted");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("self-assessment-failure");
                throw e;
            }
        }
        Api liaison = t.users.get("UNIT_LIAISON");
        JsonNode self = liaison.get(cycle + "/units/" + edu + "/self-assessment").json();
        assertThat(self.get("submittedAt").isNull()).isFalse();
        assertThat(self.at("/selfScores/organisation").decimalValue()).isEqualByComparingTo("10");
        assertThat(self.at("/selfScores/mechanisms").decimalValue()).isEqualByComparingTo("9");
        JsonNode files = liaison.get(cycle + "/units/" + edu + "/evidence").json();
        assertThat(files).hasSize(1);
        assertThat(files.at("/0/indicator").asText()).isEqualTo("organisation");
        assertThat(files.at("/0/mediaType").asText()).isEqualTo("application/pdf");
        assertThat(files.at("/0/sha256").asText()).isEqualTo(EvidenceIT.sha256(Files.readAllBytes(pdf)));

        assertThat(office.post(cycle + "/moves/start-assessment", Map.of("startDate", "2026-03-16")).status())
                .isEqualTo(200);
        try (Browser browser = new Browser(1400, 1000)) {
            try {
                login(browser, t.username("assessor"));
                browser.open("/cycles/annual/units/" + edu + "/scores");
                browser.awaitText("尚有 9 项指标未评分");
                assertThat(browser.await(By.id("self-score-mechanisms")).getText()).isEqualTo("9");
                assertThat(browser.await(By.id("self-score-organisation")).getText()).isEqualTo("10");

                setNumber(browser, By.id("score-mechanisms"), "8");
                browser.awaitText("低于满分 10 时须说明扣分理由");
                assertThat(browser.await(By.id("comment-mechanisms")).getDomAttribute("invalid")).isNotNull();
                click(browser, By.id("scores-save"));
                Thread.sleep(500);
                assertThat(office.get(cycle + "/units/" + edu + "/scores").json().get("scores"))
                        .as("a refused entry is not sent").isEmpty();
                WebElement comment = inView(browser, By.id("comment-mechanisms")).findElement(By.cssSelector("input"));
                comment.clear();
                comment.sendKeys("培训记录不全");
                for (String leaf : CycleLifecycleIT.LEAVES) {
                    if (!leaf.equals("mechanisms")) {
                        setNumber(browser, By.id("score-" + leaf), String.valueOf(CycleLifecycleIT.MAX.get(leaf)));
                    }
                }
                click(browser, By.id("scores-save"));
                browser.awaitText("尚有 0 项指标未评分");
                browser.screenshot("scoring-saved");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("scoring-failure");
                throw e;
            }
        }
        JsonNode scores = office.get(cycle + "/units/" + edu + "/scores").json();
        assertThat(scores.at("/scores/mechanisms/points").decimalValue()).isEqualByComparingTo("8");
        assertThat(scores.at("/scores/mechanisms/comment").asText()).isEqualTo("培训记录不全");
        assertThat(scores.get("missing")).isEmpty();
        try (Connection c = Server.get().ownerConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select cu.scored_at is not null from cycle_unit cu join tenant t"
                     + " on t.id = cu.tenant_id join assessed_unit u on u.tenant_id = cu.tenant_id and u.id = cu.unit_id"
                     + " where t.code = '" + t.code + "' and u.code = '" + edu + "'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getBoolean(1)).as("the unit counts as scored").isTrue();
        }

        // The office's dashboard: every unit's progress, the preliminary results computed after a confirmation, the
        // engine's explanation of a unit's score and the grade distribution.
        Map<String, Object> full = new java.util.LinkedHashMap<>();
        CycleLifecycleIT.LEAVES.forEach(code -> full.put(code, Map.of("points", CycleLifecycleIT.MAX.get(code))));
        assertThat(office.put(cycle + "/units/fin-" + t.suffix + "/scores", Map.of("scores", full)).status())
                .isEqualTo(200);
        long scoredUnits = 0;
        for (JsonNode unit : office.get(cycle).json().get("units")) {
            scoredUnits += unit.get("stage").asText().equals("SCORED") ? 1 : 0;
        }
        try (Browser browser = new Browser(1400, 1000)) {
            try {
                login(browser, t.username("office"));
                browser.open("/cycles/annual");
                assertThat(browser.await(By.id("stage-count-SCORED")).getText()).endsWith(" " + scoredUnits);
                click(browser, By.id("move-compute-preliminary"));
                click(browser, By.id("move-confirm"));
                browser.await(By.id("results-grid"));
                assertThat(browser.await(By.id("cycle-state")).getText()).isEqualTo("初步结果");
                click(browser, By.id("explain-" + edu));
                browser.await(By.id("explanation-grid"));
                browser.awaitText("总分");
                browser.screenshot("results-explained");
                JsonNode results = office.get(cycle + "/results").json();
                long excellent = 0;
                for (JsonNode r : results) {
                    excellent += r.get("grade").asText().equals("EXCELLENT") ? 1 : 0;
                }
                assertThat(browser.driver.findElement(By.id("grade-count-EXCELLENT")).getText())
                        .isEqualTo(String.valueOf(excellent));
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("dashboard-failure");
                throw e;
            }
        }
        assertThat(office.get(cycle).json().get("state").asText()).isEqualTo("PRELIMINARY");
    }

    static void login(Browser browser, String username) {
        browser.open("/login");
        browser.type(By.id("vaadinLoginUsername"), username);
        browser.await(By.id("vaadinLoginPassword")).findElement(By.cssSelector("input"))
                .sendKeys(TestTenant.PASSWORD, Keys.ENTER);
        browser.awaitText("欢迎");
    }

    /**
     * Scrolls the element to the middle of the window, then waits until it shows: an element scrolled out of the
     * layout's scrolling area counts as not displayed to WebDriver, which then neither finds it shown nor clicks it.
     */
    static WebElement inView(Browser browser, By by) {
        // Vaadin may redraw the element between finding and scrolling it: the wait looks for it again.
        return browser.waiting(Duration.ofSeconds(30)).until(d -> {
            for (WebElement element : d.findElements(by)) {
                ((JavascriptExecutor) d).executeScript(
                        "arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", element);
                if (element.isDisplayed()) {
                    return element;
                }
            }
            return null;
        });
    }

    static void click(Browser browser, By by) {
        WebElement element = inView(browser, by);
        browser.waiting(Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(element));
        element.click();
    }

    static void setNumber(Browser browser, By field, String value) {
        WebElement input = inView(browser, field).findElement(By.cssSelector("input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
    }

    /**
     * The hidden file input of a vaadin-upload (in its shadow root); WebDriver sends a path to a hidden file input
     * (strictFileInteractability is off by default).
     */
    static WebElement fileInput(Browser browser, String uploadId) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(30))
                .until(d -> !d.findElements(By.id(uploadId)).isEmpty());
        WebElement upload = browser.driver.findElement(By.id(uploadId));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", upload);
        // ChromeDriver adds the keys' files to those the input already holds (it accepts several): emptied first, the
        // input sends only the new file, as a person picking one file does. Without that a refused file picked before
        // was sent again with the next one and, answered last, put its refusal back beside the field.
        return (WebElement) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "const u = arguments[0]; const i = u.querySelector('input[type=file]')"
                        + " || (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'));"
                        + " if (i) { i.value = ''; } return i;", upload);
    }
}
