package com.tierline.shell;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ClockConfiguration {

    /**
     * One clock for every timestamp the application writes, replaceable in tests. It ticks in microseconds, the
     * precision both H2 and PostgreSQL keep: a time shown from memory is then the time read back later.
     */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
