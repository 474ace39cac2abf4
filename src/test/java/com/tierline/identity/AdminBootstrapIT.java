package com.tierline.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tierline.TierlineApplication;
import com.tierline.identity.domain.AppUserRepository;
import com.tierline.identity.domain.Role;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Outside the demo profile: no demo accounts, and no start at all without an administrator password. */
class AdminBootstrapIT {

    @Test
    void refusesToStartWithoutAnAdminPassword() {
        assertThatThrownBy(() -> start("").close())
                .hasStackTraceContaining("TIERLINE_ADMIN_PASSWORD must be set");
    }

    @Test
    void refusesACommonPasswordAsTheFirstAdministratorsPassword() {
        assertThatThrownBy(() -> start("1qaz2wsx3edc").close())
                .hasStackTraceContaining("TIERLINE_ADMIN_PASSWORD is refused: This password is in a list of common");
    }

    @Test
    void createsOnlyTheAdministratorFromTheEnvironment() {
        try (ConfigurableApplicationContext app = start("granite harbour of lanterns")) {
            AppUserRepository users = app.getBean(AppUserRepository.class);
            assertThat(users.findAll()).hasSize(1);
            var admin = users.findByUsername("admin").orElseThrow();
            assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
            assertThat(app.getBean(PasswordEncoder.class).matches("granite harbour of lanterns", admin.getPasswordHash()))
                    .isTrue();
            assertThat(admin.getPasswordHash()).startsWith("$2a$");
            assertThat(users.findByUsername("exporter1")).isEmpty();
        }
    }

    private static ConfigurableApplicationContext start(String adminPassword) {
        // Command-line arguments, because they outrank application.properties as the environment would.
        return new SpringApplicationBuilder(TierlineApplication.class).run("--server.port=0",
                "--tierline.admin.password=" + adminPassword,
                "--spring.datasource.url=jdbc:h2:mem:bootstrap-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "--vaadin.devmode.devTools.enabled=false");
    }
}
