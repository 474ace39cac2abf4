package com.tierline.identity;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.tierline.audit.service.AuditTrail;
import com.tierline.identity.domain.AppUserRepository;
import com.tierline.identity.service.UserDirectory;
import com.tierline.identity.service.UserDirectory.UserSummary;
import com.tierline.support.KaribuIT;
import com.tierline.support.SignIn;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** The lockout message sends people to an administrator; this is what the administrator then does. */
class UsersViewIT extends KaribuIT {

    @Autowired AppUserRepository accounts;
    @Autowired UserDirectory directory;
    @Autowired AuditTrail audit;
    @Autowired TransactionTemplate transactions;

    @AfterEach
    void unlockEverybody() {
        transactions.executeWithoutResult(s -> accounts.findAll().forEach(u -> u.unlock()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorSeesTheLockAndLiftsIt() {
        lock("exporter3");
        signInAs("admin1");
        UI.getCurrent().navigate("admin/users");
        Grid<UserSummary> grid = _get(Grid.class, spec -> spec.withId("users-grid"));
        List<UserSummary> rows = GridKt._fetch(grid, 0, 100);
        int row = indexOf(rows, "exporter3");
        assertThat(text(GridKt._getCellComponent(grid, row, "sign-in"))).startsWith("Locked until ");
        assertThat(text(GridKt._getCellComponent(grid, indexOf(rows, "exporter1"), "sign-in"))).isEqualTo("Active");

        // A grid's cell components are not in the UI tree until the row is drawn; Karibu hands out the cell.
        Button unlock = (Button) GridKt._getCellComponent(grid, row, "sign-in").getChildren()
                .filter(Button.class::isInstance).findFirst().orElseThrow();
        assertThat(unlock.getId()).hasValue("unlock-exporter3");
        _click(unlock);

        expectNotifications("exporter3 can sign in again.");
        assertThat(accounts.findByUsername("exporter3").orElseThrow().getLockedUntil()).isNull();
        assertThat(text(GridKt._getCellComponent(grid, row, "sign-in"))).isEqualTo("Active");
        SignIn.as(users, "auditor1");
        assertThat(audit.verify().valid()).isTrue();
    }

    @Test
    void aSecondUnlockSaysThereWasNoLockLeftAndOnlyAdministratorsMayUnlock() {
        lock("exporter2");
        SignIn.as(users, "reviewer1");
        assertThatThrownBy(() -> directory.unlock("exporter2")).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "admin1");
        assertThat(directory.unlock("exporter2")).isTrue();
        assertThat(directory.unlock("exporter2")).as("another administrator was quicker").isFalse();
    }

    private void lock(String username) {
        // As the lockout does when the last attempt fails (a limit of 0 attempts is reached at once).
        transactions.executeWithoutResult(s -> accounts.lockWhenLimitReached(username, 0,
                Instant.now().plus(Duration.ofMinutes(15))));
    }

    private static int indexOf(List<UserSummary> rows, String username) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).username().equals(username)) {
                return i;
            }
        }
        throw new AssertionError(username + " not listed");
    }

    private static String text(Component cell) {
        return cell instanceof HasText t ? t.getText()
                : cell.getChildren().filter(HasText.class::isInstance).findFirst().map(c -> ((HasText) c).getText())
                        .orElse("");
    }
}
