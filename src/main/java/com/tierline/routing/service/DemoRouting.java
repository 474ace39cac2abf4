package com.tierline.routing.service;

import com.tierline.routing.domain.RoutingRule;
import com.tierline.routing.domain.RoutingRuleRepository;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's routing rule: cases for Kuwait, Bahrain and Oman go to the Gulf desk. Those destinations, because no
 * existing test files to them (they file to AE and SA and expect the AI Chips team to see the case). Idempotent.
 */
@Component
@Profile("demo")
@Order(2)
class DemoRouting implements ApplicationRunner {

    static final String RULE_NAME = "KW, BH, OM";

    private final RoutingRuleRepository rules;
    private final Clock clock;

    DemoRouting(RoutingRuleRepository rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!rules.current().isEmpty()) {
            return;
        }
        rules.save(new RoutingRule(UUID.randomUUID().toString(), 1, 1, RULE_NAME, List.of("KW", "BH", "OM"),
                List.of(), List.of(), null, "gulf-desk", true, "system", clock.instant()));
    }
}
