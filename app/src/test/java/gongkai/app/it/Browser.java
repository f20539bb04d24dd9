package gongkai.app.it;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Headless Chromium (Debian's chromium and chromium-driver, which .ci/run installs) on the running server. */
public final class Browser implements AutoCloseable {

    public final WebDriver driver;

    public Browser(int width, int height) throws Exception {
        this(width, height, false);
    }

    /** A phone: Chromium's mobile emulation of a 390 x 844 screen (touch, device pixel ratio 3, a phone's agent). */
    public static Browser phone() throws Exception {
        return new Browser(390, 844, true);
    }

    private Browser(int width, int height, boolean mobile) throws Exception {
        ChromeOptions options = new ChromeOptions();
        if (mobile) {
            options.setExperimentalOption("mobileEmulation", java.util.Map.of(
                    "deviceMetrics", java.util.Map.of("width", width, "height", height, "pixelRatio", 3.0, "touch", true),
                    "userAgent", "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko)"
                            + " Chrome/140.0.0.0 Mobile Safari/537.36"));
        }
        options.setBinary(System.getProperty("gongkai.chromium", "/usr/bin/chromium"));
        Path profile = Files.createTempDirectory("gongkai-chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("gongkai.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    public void open(String path) {
        driver.get(Server.get().url(path));
    }

    /**
     * The first displayed element found by {@code by}, waiting up to 30 s. An element Vaadin replaces between finding
     * it and asking whether it is displayed (a grid redrawn after a server round trip) is looked up again.
     */
    public WebElement await(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    /** A wait of up to {@code timeout} that looks an element up again when Vaadin replaced it meanwhile. */
    public FluentWait<WebDriver> waiting(Duration timeout) {
        return new WebDriverWait(driver, timeout).ignoring(StaleElementReferenceException.class);
    }

    public void awaitText(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until((ExpectedCondition<Boolean>) d ->
                ((String) ((JavascriptExecutor) d).executeScript(
                        "return document.body.innerText + Array.from(document.querySelectorAll('vaadin-grid-cell-content'))"
                                + ".map(e => e.textContent).join(' ')")).contains(text));
    }

    /** Types into the input inside a Vaadin field. */
    public void type(By field, String text) {
        WebElement input = await(field).findElement(By.cssSelector("input"));
        input.clear();
        input.sendKeys(text);
    }

    public void screenshot(String name) {
        try {
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Path dir = Path.of(System.getProperty("gongkai.it.dir", "target/it"), "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), png);
        } catch (Exception ignored) {
            // a screenshot is a help, not a test
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
