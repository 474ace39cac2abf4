package com.tierline.support;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Vaadin installs its own SecurityContextHolderStrategy per application context, with its own thread-local,
 * as the JVM-wide default. When the test JVM holds several cached contexts the last one started wins, so before
 * each test the strategy of the test's own context is made the default again.
 */
public class SecurityStrategyListener implements TestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        SecurityContextHolder.setContextHolderStrategy(
                testContext.getApplicationContext().getBean(SecurityContextHolderStrategy.class));
    }
}
