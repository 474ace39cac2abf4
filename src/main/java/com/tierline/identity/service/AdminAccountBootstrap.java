package com.tierline.identity.service;

import com.tierline.identity.domain.AppUser;
import com.tierline.identity.domain.AppUserRepository;
import com.tierline.identity.domain.Role;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outside the demo profile there are no built-in accounts: the first administrator comes from the
 * environment, and without it the application refuses to start rather than run with no way in.
 */
@Component
@Profile("!demo")
class AdminAccountBootstrap implements ApplicationRunner {

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final String username;
    private final String password;

    AdminAccountBootstrap(AppUserRepository users, PasswordEncoder encoder, PasswordPolicy policy,
            @Value("${tierline.admin.username}") String username, @Value("${tierline.admin.password}") String password) {
        this.users = users;
        this.encoder = encoder;
        this.policy = policy;
        this.username = username;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (password == null || password.isEmpty()) {
            throw new IllegalStateException("TIERLINE_ADMIN_PASSWORD must be set (at least "
                    + PasswordPolicy.MIN_LENGTH + " characters) to start Tierline without the demo profile");
        }
        // The same policy as every other password: the first administrator's is not the weakest link.
        policy.check(password, username, null, "password").ifPresent(refusal -> {
            throw new IllegalStateException("TIERLINE_ADMIN_PASSWORD is refused: " + refusal.message());
        });
        if (users.findByUsername(username).isEmpty()) {
            users.save(new AppUser(username, encoder.encode(password), "Administrator", Set.of(Role.ADMIN)));
        }
    }
}
