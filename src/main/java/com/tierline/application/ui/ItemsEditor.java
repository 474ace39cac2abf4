package com.tierline.application.ui;

import com.tierline.application.service.ItemDraft;
import com.tierline.screening.domain.ChipSpec;
import com.vaadin.flow.component.combobox.ComboBox;
import com.tierline.shared.Formats;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.tierline.screening.domain.ItemClass;
import com.tierline.screening.domain.Screener;
import com.tierline.screening.domain.ScreeningRequest;
import com.tierline.screening.domain.Thresholds;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValueContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Adds and removes item lines; each new line is checked with the same constraints the service applies. */
class ItemsEditor extends VerticalLayout {

    private final ComboBox<ChipSpec> chip = new ComboBox<>("Catalogue chip");
    private final TextField description = new TextField("Item description");
    private final BigDecimalField tpp = new BigDecimalField("TPP per unit");
    private final BigDecimalField density = new BigDecimalField("Performance density");
    private final IntegerField quantity = new IntegerField("Quantity");
    private final BigDecimalField unitValue = new BigDecimalField("Unit value (USD)");
    private final Grid<ItemDraft> grid = new Grid<>(ItemDraft.class, false);
    private final Span error = new Span();
    private final Span totals = new Span();
    private final Thresholds thresholds;
    private final List<ItemDraft> items = new ArrayList<>();
    private final Validator validator;
    private final Locale locale;
    private final Runnable onChange;
    private final Function<ItemDraft, Map<String, String>> ruleChecks;

    /**
     * {@code thresholds}: the rule set's, to show totals as the pre-screen counts them (controlled items, in
     * H100-equivalents); {@code ruleChecks}: the rule set's problems with a line (by field), asked before the line
     * is added.
     */
    ItemsEditor(List<ChipSpec> chips, Thresholds thresholds, Validator validator, Locale locale, Runnable onChange,
            Function<ItemDraft, Map<String, String>> ruleChecks) {
        this.thresholds = thresholds;
        this.ruleChecks = ruleChecks;
        this.validator = validator;
        this.locale = locale;
        this.onChange = onChange;
        setPadding(false);
        chip.setItems(chips);
        chip.setItemLabelGenerator(c -> c.model() + " (" + c.vendor() + ")");
        chip.setId("item-chip");
        chip.setClearButtonVisible(true);
        chip.setHelperText("Fills in TPP and density; figures you type instead are used as declared.");
        chip.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                description.setValue(e.getValue().vendor() + " " + e.getValue().model());
                tpp.setValue(e.getValue().tpp());
                density.setValue(e.getValue().performanceDensity());
            }
        });
        description.setId("item-description");
        tpp.setId("item-tpp");
        density.setId("item-density");
        quantity.setId("item-quantity");
        // Vaadin's own checks (and its bad-input check, for a number too long to be read) say the range in words.
        quantity.setMin(1);
        quantity.setMax(ItemDraft.MAX_QUANTITY);
        quantity.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(QUANTITY_RANGE)
                .setMinErrorMessage(QUANTITY_RANGE).setMaxErrorMessage(QUANTITY_RANGE));
        quantity.setHelperText("1 to " + Formats.number(BigDecimal.valueOf(ItemDraft.MAX_QUANTITY), locale));
        unitValue.setId("item-unit-value");
        Button add = new Button("Add item", VaadinIcon.PLUS.create(), e -> addItem());
        add.setId("add-item");
        FormLayout entry = new FormLayout(chip, description, tpp, density, quantity, unitValue);
        entry.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("420px", 2),
                new FormLayout.ResponsiveStep("640px", 3));

        grid.addColumn(ItemDraft::description).setHeader("Item").setFlexGrow(2);
        grid.addColumn(i -> i.model() == null ? "declared" : i.model()).setHeader("Model");
        grid.addColumn(i -> Formats.number(i.tpp(), locale)).setHeader("TPP / unit");
        grid.addColumn(i -> Formats.number(i.performanceDensity(), locale)).setHeader("Density");
        grid.addColumn(i -> Formats.number(BigDecimal.valueOf(i.quantity()), locale)).setHeader("Quantity");
        grid.addColumn(i -> Formats.usd(i.unitValueUsd(), locale)).setHeader("Unit value");
        grid.addComponentColumn(i -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                items.remove(i);
                refresh();
                onChange.run();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Remove " + i.description());
            return remove;
        }).setFlexGrow(0).setWidth("80px");
        grid.setAllRowsVisible(true);
        grid.setId("items-grid");
        // Long names and descriptions wrap in their cell rather than end in "…" on a 1366-pixel screen.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        error.addClassName("field-error");
        error.setId("items-error");
        totals.setId("items-totals");
        add(entry, add, grid, totals, error);
        refresh();
    }

    /** The service's words (ApplicationDraft's constraint), so the browser check and the service agree. */
    static final String NO_ITEMS = "Add at least one item";

    static final String QUANTITY_RANGE = "Enter a whole number of units from 1 to 10,000,000";

    private void addItem() {
        ItemDraft item = new ItemDraft(description.getValue(), chip.getValue() == null ? null : chip.getValue().model(),
                tpp.getValue(), density.getValue(), quantity.getValue(), unitValue.getValue());
        Map<String, HasValidation> fields = Map.of("description", description, "model", chip, "tpp", tpp,
                "performanceDensity", density, "quantity", quantity, "unitValueUsd", unitValue);
        fields.values().forEach(f -> f.setInvalid(false));
        Map<String, String> problems = new java.util.TreeMap<>();
        // Typed but unreadable (too long for a number): the value is empty, yet "Enter the quantity" would be wrong.
        ValidationResult typed = quantity.getValue() != null ? ValidationResult.ok()
                : quantity.getDefaultValidator().apply(null, new ValueContext(quantity));
        if (typed.isError()) {
            problems.put("quantity", typed.getErrorMessage());
        }
        for (ConstraintViolation<ItemDraft> v : validator.validate(item)) {
            problems.putIfAbsent(v.getPropertyPath().toString(), v.getMessage());
        }
        if (problems.isEmpty()) {
            ruleChecks.apply(item).forEach((field, message) -> problems.putIfAbsent(
                    fields.containsKey(field) ? field : "description", message));
        }
        problems.forEach((name, message) -> {
            HasValidation field = fields.get(name);
            field.setErrorMessage(message);
            field.setInvalid(true);
        });
        if (problems.isEmpty()) {
            items.add(item);
            chip.clear();
            description.clear();
            tpp.clear();
            density.clear();
            quantity.clear();
            unitValue.clear();
            refresh();
            onChange.run();
        }
    }

    List<ItemDraft> items() {
        return List.copyOf(items);
    }

    void setItems(List<ItemDraft> newItems) {
        items.clear();
        items.addAll(newItems);
        refresh();
    }

    void showError(String message) {
        error.setText(message == null ? "" : message);
    }

    private void refresh() {
        grid.setItems(items);
        BigDecimal total = items.stream().map(this::lineTpp).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal controlled = items.stream().filter(this::controlled).map(this::lineTpp)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal value = items.stream().filter(i -> i.unitValueUsd() != null)
                .map(i -> i.unitValueUsd().multiply(BigDecimal.valueOf(i.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        // The pre-screen and the allocation count controlled (3A090.a) items only; saying both keeps the figures honest.
        totals.setText(items.isEmpty() ? "No items yet." : "All items: " + Formats.number(total, locale) + " TPP · "
                + "controlled items (3A090.a), which the pre-screen and the allocation count: "
                + Formats.number(controlled, locale) + " TPP = "
                + Formats.number(controlled.divide(thresholds.h100Tpp(), 2, RoundingMode.HALF_UP), locale)
                + " H100-equivalents"
                // A value only when one was given: "$0.00" would claim the goods are worth nothing.
                + (items.stream().anyMatch(i -> i.unitValueUsd() != null) ? " · value " + Formats.usd(value, locale)
                        : ""));
        if (!items.isEmpty()) {
            showError(null);
        }
    }

    private BigDecimal lineTpp(ItemDraft item) {
        return item.tpp() == null ? BigDecimal.ZERO : item.tpp().multiply(BigDecimal.valueOf(item.quantity()));
    }

    private boolean controlled(ItemDraft item) {
        return item.tpp() != null && Screener.classify(new ScreeningRequest.Item(item.model(), item.tpp(),
                item.performanceDensity(), item.quantity()), thresholds) == ItemClass.ECCN_3A090_A;
    }
}
