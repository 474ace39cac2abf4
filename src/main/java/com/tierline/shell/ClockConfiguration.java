package com.tierline.shell;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ClockConfiguration {

    /** One clock for every timestamp the application writes, replaceable in tests. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
