package com.tierline.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.tierline.identity.domain.Role;
import com.tierline.identity.service.SignedInUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Browserless Vaadin tests against the real Spring context, with a real demo user signed in. */
@TierlineIT
public abstract class KaribuIT {

    private static Routes routes;

    @Autowired protected ApplicationContext context;
    @Autowired protected UserDetailsService users;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("com.tierline");
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        SignIn.out();
        MockVaadin.tearDown();
    }

    /** Signs in as a demo user for both Spring Security and Vaadin's request-based access checks. */
    protected void signInAs(String username) {
        var auth = SignIn.as(users, username);
        Set<String> roles = ((SignedInUser) auth.getPrincipal()).roles().stream().map(Role::name)
                .collect(Collectors.toSet());
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> roles.contains(role));
    }
}
