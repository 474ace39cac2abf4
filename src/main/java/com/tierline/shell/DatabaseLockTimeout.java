package com.tierline.shell;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How long a statement waits for a row that another transaction holds before it gives up, the same on every
 * database: H2 gives up after two seconds of its own accord, PostgreSQL never does. Without it, a wait on
 * PostgreSQL that is part of a cycle running through the application (one thread waiting on the database for a row
 * the other holds, the other waiting in Java for the first), which PostgreSQL's deadlock detector cannot see,
 * would hold both requests and their connections for ever. The loser gets a clear "changed at the same time".
 */
@Configuration(proxyBeanMethods = false)
class DatabaseLockTimeout {

    @Bean
    static BeanPostProcessor lockTimeoutOnEveryConnection(
            @Value("${tierline.database.lock-timeout}") Duration lockTimeout) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool && pool.getConnectionInitSql() == null) {
                    String sql = initSql(pool.getJdbcUrl(), lockTimeout);
                    if (sql != null) {
                        pool.setConnectionInitSql(sql);
                    }
                }
                return bean;
            }
        };
    }

    /** The statement that sets the lock timeout on a new connection, or null for a database we do not know. */
    static String initSql(String jdbcUrl, Duration lockTimeout) {
        if (jdbcUrl == null) {
            return null;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return "SET lock_timeout = '" + lockTimeout.toMillis() + "ms'";
        }
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return "SET LOCK_TIMEOUT " + lockTimeout.toMillis();
        }
        return null;
    }
}
