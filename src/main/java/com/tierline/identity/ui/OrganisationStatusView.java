package com.tierline.identity.ui;

import com.tierline.identity.service.SignedInUser;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * What the people of an organisation that is not (or no longer) approved see instead of their applications:
 * where the registration stands, in words, and the administrator's reason for a refusal.
 */
@Route("organisation-status")
@PageTitle("Your organisation · Tierline")
@PermitAll
public class OrganisationStatusView extends VerticalLayout {

    public OrganisationStatusView(AuthenticationContext authentication) {
        SignedInUser user = authentication.getAuthenticatedUser(SignedInUser.class).orElseThrow();
        Paragraph status = new Paragraph(user.organisationStanding().orElse(user.organisationName() == null
                ? "You do not act for an exporting organisation."
                : user.organisationName() + " is approved: you can file applications."));
        status.setId("organisation-status");
        add(new H1(switch (user.organisationStatus() == null ? "" : user.organisationStatus().name()) {
            case "PENDING" -> "Pending review";
            case "REFUSED" -> "Registration refused";
            case "DEACTIVATED" -> "Organisation deactivated";
            default -> "Your organisation";
        }), status);
        if (user.organisationStatus() != null && !user.organisationApproved()) {
            add(new Paragraph("When the licensing authority decides, we write to you; after an approval, sign out "
                    + "and sign in again to start filing."));
        }
    }
}
