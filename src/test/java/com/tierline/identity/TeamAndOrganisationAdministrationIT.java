package com.tierline.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tierline.identity.domain.Organisation;
import com.tierline.identity.domain.OrganisationRepository;
import com.tierline.identity.domain.OrganisationStatus;
import com.tierline.identity.domain.TeamRepository;
import com.tierline.identity.service.AdministrationRefusedException;
import com.tierline.identity.service.OrganisationAdministration;
import com.tierline.identity.service.OrganisationAdministration.OrganisationForm;
import com.tierline.identity.service.OrganisationAdministration.OrganisationRow;
import com.tierline.identity.service.TeamAdministration;
import com.tierline.identity.service.TeamAdministration.TeamSummary;
import com.tierline.support.SignIn;
import com.tierline.support.TierlineIT;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Teams (code fixed, name free) and organisations (particulars, deactivation with a reason) for administrators. */
@TierlineIT
class TeamAndOrganisationAdministrationIT {

    @Autowired TeamAdministration teams;
    @Autowired TeamRepository teamRows;
    @Autowired OrganisationAdministration organisations;
    @Autowired OrganisationRepository organisationRows;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aTeamIsCreatedWithAFixedCodeRenamedAndListedWithItsMembers() {
        SignIn.as(users, "admin1");
        teams.create("caspian-desk", "Caspian desk");
        TeamSummary caspian = team("caspian-desk");
        assertThat(caspian.name()).isEqualTo("Caspian desk");
        assertThat(caspian.members()).isEmpty();
        teams.rename("caspian-desk", " Caspian and Caucasus desk ", caspian.version());
        assertThat(team("caspian-desk").name()).isEqualTo("Caspian and Caucasus desk");
        assertThatThrownBy(() -> teams.rename("caspian-desk", "Caspian desk", caspian.version()))
                .hasMessageStartingWith("Someone else changed team Caspian and Caucasus desk at the same moment");
        assertThat(team("ai-chips").members()).contains("Ana Reviewer (reviewer1)", "Sam Senior (senior1)");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action in ('team.created', "
                + "'team.renamed') and payload like '%caspian-desk%'", Integer.class)).isEqualTo(2);
    }

    @Test
    void aTeamCodeMustBeNewAndWellFormed() {
        SignIn.as(users, "admin1");
        assertThat(codes(() -> teams.create("Gulf Desk", ""))).containsExactly("team.code-format@code",
                "team.name-missing@name");
        assertThat(codes(() -> teams.create("ai-chips", "Another AI chips"))).containsExactly("team.code-taken@code");
        assertThat(teamRows.findByCode("Gulf Desk")).isEmpty();
    }

    @Test
    void anOrganisationsParticularsAreCorrectedAndItIsDeactivatedWithAReasonAndReactivated() {
        Organisation made = organisationRows.save(new Organisation("Orchid Silicon", "SG"));
        SignIn.as(users, "admin1");
        OrganisationRow row = row(made.getId());
        organisations.edit(row.id(), new OrganisationForm("Orchid Silicon Pte Ltd", "sg", "1 Fusionopolis Way",
                "UEN-201912345K"), row.version());
        row = row(made.getId());
        assertThat(row.name()).isEqualTo("Orchid Silicon Pte Ltd");
        assertThat(row.country()).isEqualTo("SG");
        assertThat(row.headquarters()).isEqualTo("1 Fusionopolis Way");
        long version = row.version();
        assertThat(codes(() -> organisations.deactivate(made.getId(), "short", version)))
                .containsExactly("organisation.reason-too-short@reason");
        organisations.deactivate(made.getId(), "The company was struck off the register.", version);
        row = row(made.getId());
        assertThat(row.status()).isEqualTo(OrganisationStatus.DEACTIVATED);
        assertThat(row.statusReason()).isEqualTo("The company was struck off the register.");
        organisations.reactivate(made.getId(), row.version());
        assertThat(row(made.getId()).status()).isEqualTo(OrganisationStatus.APPROVED);
        assertThat(jdbc.queryForList("select action from audit_event where payload like '%Orchid Silicon%' "
                + "order by sequence", String.class)).containsExactly("organisation.changed",
                        "organisation.deactivated", "organisation.reactivated");
    }

    @Test
    void anOrganisationNeedsAKnownCountryAndAUniqueName() {
        SignIn.as(users, "admin1");
        OrganisationRow meridian = organisations.list().stream().filter(o -> o.name().equals("Meridian Systems"))
                .findFirst().orElseThrow();
        assertThat(codes(() -> organisations.edit(meridian.id(), new OrganisationForm("Northwind Compute", "XX",
                null, null), meridian.version()))).containsExactlyInAnyOrder("organisation.name-taken@name",
                        "organisation.country-unknown@country");
        assertThat(row(meridian.id()).name()).isEqualTo("Meridian Systems");
    }

    @Test
    void onlyAdministratorsChangeTeamsAndOrganisations() {
        SignIn.as(users, "senior1");
        assertThatThrownBy(() -> teams.create("rogue", "Rogue team")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisations.deactivate(1L, "Because I say so.", 0))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisations.list()).isInstanceOf(AccessDeniedException.class);
    }

    private TeamSummary team(String code) {
        return teams.list().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }

    private OrganisationRow row(Long id) {
        return organisations.list().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> codes(Runnable change) {
        try {
            change.run();
        } catch (AdministrationRefusedException refused) {
            return refused.refusals().stream().map(r -> r.code() + "@" + r.field()).toList();
        }
        throw new AssertionError("not refused");
    }
}
