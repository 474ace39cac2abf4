package com.tierline.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by Selenium, with the few Vaadin-aware steps the tests need. */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    final ChromeDriver driver;
    private final String baseUrl;
    private final WebDriverWait wait;
    private final Path screenshots = Path.of("target", "screenshots");

    Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1366,900", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** In CI the browser must be there; elsewhere a test without one is skipped, not failed. */
    static void requireOrSkip() {
        if ("required".equals(System.getenv("TIERLINE_BROWSER_TESTS"))) {
            org.assertj.core.api.Assertions.assertThat(available())
                    .as("chromium and chromedriver are installed (.ci/run installs them)").isTrue();
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(available(), "Debian chromium and chromium-driver are not installed");
    }

    static boolean available() {
        return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    }

    void open(String path) {
        driver.get(baseUrl + path);
        waitForVaadin();
    }

    void signIn(String username) {
        signIn(username, "tierline-demo");
    }

    /** An account that is no demo account (registered or invited in the test) signs in with its own password. */
    void signIn(String username, String password) {
        submitPassword(username, password);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
        waitForVaadin();
    }

    /**
     * Signs in a user enrolled in two-factor sign-in: the password, then the code the test computes from the
     * secret (as the authenticator app would) when the code screen is there.
     */
    void signIn(String username, java.util.function.Supplier<String> code) {
        submitPassword(username);
        fill("two-factor-code", code.get());
        click(By.id("two-factor-submit"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
        waitForVaadin();
    }

    /** The sign-in form's first step only; the browser is then on the home page, the code or enrolment screen. */
    void submitPassword(String username) {
        submitPassword(username, "tierline-demo");
    }

    void submitPassword(String username, String password) {
        open("/login");
        type(By.cssSelector("#vaadinLoginUsername input"), username);
        type(By.cssSelector("#vaadinLoginPassword input"), password);
        driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        waitForVaadin();
    }

    void signOut() {
        click(By.id("logout"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("vaadinLoginUsername")));
    }

    WebElement find(By by) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(by));
    }

    String text(By by) {
        return find(by).getText();
    }

    /**
     * The text of a small element inside a panel that scrolls on its own (the pre-screen beside the form, once its
     * findings outgrow the window): WebDriver reads "" for an element scrolled out of its panel.
     */
    String textInView(By by) {
        WebElement element = find(by);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'nearest'});", element);
        return element.getText();
    }

    void click(By by) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        waitForVaadin();
    }

    /** Types into a Vaadin field (its slotted native input) and leaves it, so the value reaches the server. */
    void fill(String fieldId, String value) {
        type(By.cssSelector("#" + fieldId + " input, #" + fieldId + " textarea"), value);
    }

    /** Picks a combo-box item by typing its exact label. */
    void choose(String comboId, String label) {
        WebElement input = find(By.cssSelector("#" + comboId + " input"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.click();
        input.sendKeys(label);
        waitForVaadin();
        input.sendKeys(Keys.ENTER);
        input.sendKeys(Keys.TAB);
        waitForVaadin();
    }

    /** Hands a file to a vaadin-upload's hidden file input, as choosing it in the file dialog would. */
    void upload(String uploadId, Path file) {
        WebElement upload = find(By.id(uploadId));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", upload);
        WebElement input = (WebElement) ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].querySelector('input[type=file]') "
                        + "|| arguments[0].shadowRoot.querySelector('input[type=file]');", upload);
        input.sendKeys(file.toAbsolutePath().toString());
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return arguments[0].files.length > 0 && arguments[0].files.every(f => f.complete || f.error);",
                upload)));
        waitForVaadin();
    }

    void clickGridCell(String text) {
        click(revealGridCell(text));
    }

    /**
     * A grid draws only the rows in view, so a row further down a long queue is not in the page until scrolled to:
     * scrolls every grid a screenful at a time (round again from the top) until a cell with the text is drawn.
     */
    By revealGridCell(String text) {
        By cell = By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + text + "']");
        wait.until(d -> {
            if (!d.findElements(cell).isEmpty()) {
                return true;
            }
            ((JavascriptExecutor) d).executeScript("for (const grid of document.querySelectorAll('vaadin-grid')) {"
                    + "  const table = grid.$.table;"
                    + "  const atEnd = table.scrollTop + table.clientHeight >= table.scrollHeight - 1;"
                    + "  table.scrollTop = atEnd ? 0 : table.scrollTop + table.clientHeight / 2;"
                    + "}");
            return false;
        });
        return cell;
    }

    void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot save screenshot " + name, e);
        }
    }

    private void type(By by, String value) {
        WebElement input = find(by);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.clear();
        input.sendKeys(value);
        input.sendKeys(Keys.TAB);
        waitForVaadin();
    }

    /** Waits until Vaadin has no request in flight. */
    void waitForVaadin() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "if (!window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients) { return document.readyState === 'complete'; }"
                        + "return Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());")));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
