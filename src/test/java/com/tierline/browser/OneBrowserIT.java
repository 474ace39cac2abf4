package com.tierline.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A test class that drives one real browser against the served application; the browser closes after the class. */
abstract class OneBrowserIT {

    @LocalServerPort int port;
    static Browser browser;

    @BeforeAll
    static void requireChromium() {
        Browser.requireOrSkip();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
