package com.tierline.bench;

import com.tierline.review.ui.ReviewQueueView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.io.File;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.apache.catalina.Session;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

/**
 * Real reviewer sessions made by Debian's headless Chromium: sign in through the login form, open the review queue,
 * wait until its rows are drawn. Each session starts with no cookies, so the server sees a new visitor. Before moving
 * on, the browser goes offline and leaves the page: Vaadin's pagehide beacon, which would close the UI at once, is
 * lost, and the server keeps the UI exactly as it keeps the UI of a reviewer who is still looking at the queue.
 */
final class BrowserSessions implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String base;
    private final Manager sessions;

    BrowserSessions(ServletWebServerApplicationContext app) {
        this.base = "http://localhost:" + app.getWebServer().getPort();
        Context context = (Context) ((TomcatWebServer) app.getWebServer()).getTomcat().getHost().findChildren()[0];
        this.sessions = context.getManager();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1440,900", "--lang=en-GB");
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build(), options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        driver.executeCdpCommand("Network.enable", Map.of());
    }

    static boolean available() {
        return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    }

    /** One more reviewer with the queue open, in a session of its own. */
    void openQueue(String username, String password) {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.get(base + "/login");
        type(By.cssSelector("#vaadinLoginUsername input"), username);
        type(By.cssSelector("#vaadinLoginPassword input"), password);
        type(By.cssSelector("#vaadinLoginPassword input"), Keys.ENTER.toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
        driver.get(base + "/review");
        // The first page of the queue is drawn: a reference cell is in the grid.
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                const grid = document.getElementById('review-queue');
                return !!grid && [...grid.querySelectorAll('vaadin-grid-cell-content')]
                    .some(c => c.textContent.startsWith('TL-'));""")));
        ((JavascriptExecutor) driver).executeScript("navigator.sendBeacon = () => true;");
        driver.get("about:blank");
    }

    private void type(By by, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(by));
        input.sendKeys(text);
    }

    /** HTTP sessions the server holds now. */
    int httpSessions() {
        return sessions.getActiveSessions();
    }

    /** Server-side UIs whose view is the review queue, across all sessions. */
    int queueUis() {
        int count = 0;
        for (Session session : sessions.findSessions()) {
            for (String name : Collections.list(session.getSession().getAttributeNames())) {
                if (session.getSession().getAttribute(name) instanceof VaadinSession vaadin) {
                    vaadin.lock();
                    try {
                        for (UI ui : vaadin.getUIs()) {
                            if (ui.getInternals().getActiveRouterTargetsChain().stream()
                                    .anyMatch(ReviewQueueView.class::isInstance)) {
                                count++;
                            }
                        }
                    } finally {
                        vaadin.unlock();
                    }
                }
            }
        }
        return count;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
