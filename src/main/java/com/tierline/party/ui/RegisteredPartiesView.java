package com.tierline.party.ui;

import com.tierline.identity.domain.Role;
import com.tierline.party.domain.PartyStatus;
import com.tierline.party.domain.VeuKind;
import com.tierline.party.service.PartyDirectory;
import com.tierline.party.service.PartyRefusedException;
import com.tierline.party.service.PartyView;
import com.tierline.screening.domain.CountryTier;
import com.tierline.screening.service.ScreeningService;
import com.tierline.shared.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The registered-party directory (DESIGN.md "Parties are identities"): consignees and end users with their other
 * names, headquarters, parent and LEI, their VEU authorisations, and the provisional parties filings created, which
 * an administrator confirms or merges into the party they really are.
 */
@Route("admin/registered-parties")
@PageTitle("Registered parties · Tierline")
@RolesAllowed(Role.ADMIN_)
public class RegisteredPartiesView extends VerticalLayout {

    private final PartyDirectory directory;
    private final ScreeningService screening;
    private final Grid<PartyView> grid = new Grid<>(PartyView.class, false);
    private final PartyForm form;
    private final AuthorisationForm authorisation;
    private final Grid<PartyView.Authorisation> authorisations = new Grid<>(PartyView.Authorisation.class, false);
    private final ComboBox<PartyView> mergeInto = new ComboBox<>("Merge into");
    private final Button confirm = new Button("Confirm as registered", e -> confirmSelected());
    private final Button merge = new Button("Merge", e -> merge());
    private final H3 editing = new H3();
    private List<PartyView> all = List.of();

    public RegisteredPartiesView(PartyDirectory directory, ScreeningService screening) {
        this.directory = directory;
        this.screening = screening;
        List<CountryTier> countries = screening.current().countries().values().stream()
                .sorted(Comparator.comparing(CountryTier::name)).toList();
        form = new PartyForm(countries);
        authorisation = new AuthorisationForm(countries);

        grid.setId("registered-parties");
        grid.addColumn(PartyView::name).setHeader("Name").setFlexGrow(3).setSortable(true);
        grid.addColumn(p -> String.join("; ", p.aliases())).setHeader("Other names").setFlexGrow(3);
        grid.addColumn(p -> country(p.country())).setHeader("Country").setFlexGrow(2);
        grid.addColumn(p -> p.headquartersCountry() == null ? "" : country(p.headquartersCountry()))
                .setHeader("Headquarters").setFlexGrow(2);
        grid.addColumn(this::standing).setHeader("Standing").setFlexGrow(2);
        grid.addColumn(p -> p.authorisations().stream().map(a -> a.kind().label() + " " + a.number())
                .collect(Collectors.joining("; "))).setHeader("VEU authorisations").setFlexGrow(3);
        grid.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));

        authorisations.setId("veu-authorisations");
        authorisations.addColumn(PartyView.Authorisation::number).setHeader("Number");
        authorisations.addColumn(a -> a.kind().label()).setHeader("Kind").setFlexGrow(2);
        authorisations.addColumn(a -> a.destinationCountry() == null ? "Any Tier 2 country"
                : country(a.destinationCountry())).setHeader("Destination").setFlexGrow(2);
        authorisations.addColumn(a -> Formats.date(a.validFrom(), getLocale()) + " to "
                + (a.validUntil() == null ? "no end date" : Formats.date(a.validUntil(), getLocale())))
                .setHeader("Valid").setFlexGrow(2);
        authorisations.addColumn(a -> a.kind() != VeuKind.UVEU || a.fleetTotalTpp() == null ? ""
                : Formats.number(a.fleetTotalTpp(), getLocale()) + " TPP, of which "
                        + Formats.number(a.fleetTier1Tpp(), getLocale()) + " in Tier 1")
                .setHeader("Declared fleet").setFlexGrow(3);
        authorisations.setAllRowsVisible(true);

        Button save = new Button("Save party", e -> save());
        save.setId("party-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button create = new Button("New party", e -> grid.asSingleSelect().clear());
        create.setId("party-new");
        confirm.setId("party-confirm");
        merge.setId("party-merge");
        mergeInto.setId("party-merge-into");
        mergeInto.setItemLabelGenerator(p -> p.name() + ", " + country(p.country()));
        Button grant = new Button("Grant authorisation", e -> grant());
        grant.setId("veu-grant");

        // The page scrolls as a whole: a full-height page would squeeze the directory to a sliver above the form.
        grid.setHeight("22rem");
        setWidthFull();
        add(new H2("Registered parties"), new Paragraph("Consignees and end users are identities: a typed name that "
                + "matches a party here (its name, another name, a look-alike spelling or a close variant in the same "
                + "country) counts towards that party's low-volume total and is flagged on the screening. VEU status "
                + "comes from a party's authorisation for the destination, valid on the shipment date. Filings create "
                + "provisional parties for names not yet known: confirm each, or merge it into the party it is."),
                grid, editing, form, new HorizontalLayout(save, create, confirm, mergeInto, merge),
                new H3("Validated-end-user authorisations"), authorisations, authorisation, grant);
        refresh();
        select(null);
    }

    private void select(PartyView p) {
        editing.setText(p == null ? "New party" : "Editing " + p.name());
        form.show(p, all);
        authorisations.setItems(p == null ? List.of() : p.authorisations());
        boolean active = p != null && p.status() == PartyStatus.ACTIVE;
        confirm.setEnabled(active && p.provisional());
        merge.setEnabled(active);
        mergeInto.setEnabled(active);
        mergeInto.setItems(all.stream().filter(o -> p == null || !o.id().equals(p.id()))
                .filter(o -> o.status() == PartyStatus.ACTIVE).toList());
        authorisation.setEnabled(active);
        authorisation.clear();
    }

    private PartyView selected() {
        return grid.asSingleSelect().getValue();
    }

    private void save() {
        PartyView p = selected();
        try {
            if (p == null) {
                directory.register(form.details());
            } else {
                directory.update(p.id(), form.details());
            }
            done((p == null ? form.name.getValue() : p.name()) + " saved.");
        } catch (PartyRefusedException refused) {
            form.showErrors(refused.errors());
            error("Nothing was saved: " + refused.getMessage() + ".");
        }
    }

    private void confirmSelected() {
        act(() -> directory.confirm(selected().id()), "confirmed");
    }

    private void merge() {
        if (mergeInto.getValue() == null) {
            mergeInto.setErrorMessage("Choose the party this one really is");
            mergeInto.setInvalid(true);
            return;
        }
        String target = mergeInto.getValue().name();
        act(() -> directory.merge(selected().id(), mergeInto.getValue().id()), "merged into " + target);
    }

    private void grant() {
        try {
            directory.grant(selected().id(), authorisation.details());
            done("Authorisation " + authorisation.number.getValue().trim() + " granted to " + selected().name() + ".");
        } catch (PartyRefusedException refused) {
            authorisation.showErrors(refused.errors());
            error("Nothing was granted: " + refused.getMessage() + ".");
        }
    }

    private void act(Runnable action, String what) {
        String name = selected().name();
        try {
            action.run();
            done(name + " " + what + ".");
        } catch (PartyRefusedException refused) {
            error(refused.getMessage() + ".");
        }
    }

    private void done(String message) {
        Notification.show(message, 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        Long keep = selected() == null ? null : selected().id();
        refresh();
        all.stream().filter(p -> p.id().equals(keep)).findFirst().ifPresentOrElse(grid::select,
                () -> grid.asSingleSelect().clear());
        select(selected());
    }

    private void error(String message) {
        Notification.show(message, 6000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void refresh() {
        all = directory.all();
        grid.setItems(all);
        form.parents(all.stream().filter(p -> p.status() == PartyStatus.ACTIVE).toList());
    }

    private String standing(PartyView p) {
        if (p.status() == PartyStatus.MERGED) {
            return "Merged into " + all.stream().filter(o -> o.id().equals(p.mergedIntoId())).map(PartyView::name)
                    .findFirst().orElse("another party");
        }
        return p.provisional() ? "Provisional: confirm or merge" : "Registered";
    }

    private String country(String code) {
        return screening.countryLabel(code);
    }
}
