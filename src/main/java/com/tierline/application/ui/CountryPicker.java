package com.tierline.application.ui;

import com.tierline.screening.domain.CountryTier;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.provider.ListDataProvider;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one country picker: what the reader typed ranks the list, so "India" offers India before "British Indian
 * Ocean Territory" and "IN" offers India first. Names that start with the text come first, then a code match, then
 * a name with a word that starts with it, then any name that contains it; accents and case do not count. Wide
 * enough to read the longest names.
 */
public class CountryPicker extends ComboBox<CountryTier> {

    /** What was typed last: the sort order of the list follows it (the list filter hands it over per fetch). */
    private String typed = "";

    public CountryPicker(String label) {
        super(label);
        setItemLabelGenerator(CountryPicker::nameAndCode);
        setClearButtonVisible(true);
        setWidth("20rem");
        getStyle().set("--vaadin-combo-box-overlay-width", "26rem");
    }

    /** "Saudi Arabia (SA)": the name a reader knows, with the code the forms and letters use. */
    public static String nameAndCode(CountryTier country) {
        return country.name() + " (" + country.iso2() + ")";
    }

    /**
     * Codes to labels as the picker writes them, read once for a list of cases rather than per row and render;
     * a code the countries do not know stays as it is.
     */
    public static Function<String, String> labels(List<CountryTier> countries) {
        Map<String, String> byCode = countries.stream().collect(Collectors.toMap(CountryTier::iso2,
                CountryPicker::nameAndCode, (a, b) -> a));
        return code -> code == null ? "—" : byCode.getOrDefault(code, code);
    }

    public CountryPicker(String label, List<CountryTier> countries) {
        this(label);
        offer(countries);
    }

    /** The countries to pick from, ranked by what the reader types. */
    public CountryPicker offer(List<CountryTier> countries) {
        ListDataProvider<CountryTier> items = new ListDataProvider<>(new ArrayList<>(countries));
        // The filter sees the typed text before the provider sorts what passed it, so the ranking can use it.
        items.setSortComparator((a, b) -> byRank(typed, this::label).compare(a, b));
        setItems((country, text) -> {
            typed = text == null ? "" : text;
            return rank(country, label(country), typed).isPresent();
        }, items);
        return this;
    }

    private String label(CountryTier country) {
        return getItemLabelGenerator().apply(country);
    }

    /**
     * 0 the name (or the whole label, as a pasted "India (IN)") starts with the text, 1 the code is the text,
     * 2 a word of the label starts with it, 3 the label contains it; empty: no match.
     */
    public static OptionalInt rank(CountryTier country, String label, String text) {
        String t = plain(text).trim();
        if (t.isEmpty()) {
            return OptionalInt.of(0);
        }
        String name = plain(country.name());
        String shown = plain(label);
        if (name.startsWith(t) || shown.startsWith(t)) {
            return OptionalInt.of(0);
        }
        if (t.equals(plain(country.iso2())) || (country.iso3() != null && t.equals(plain(country.iso3())))) {
            return OptionalInt.of(1);
        }
        if ((" " + shown.replaceAll("[^\\p{L}\\p{N}]+", " ")).contains(" " + t)) {
            return OptionalInt.of(2);
        }
        return shown.contains(t) ? OptionalInt.of(3) : OptionalInt.empty();
    }

    /** Best rank first, then alphabetically; an exact name or code ahead of the others of its rank. */
    static Comparator<CountryTier> byRank(String text, Function<CountryTier, String> labels) {
        String t = plain(text).trim();
        return Comparator.<CountryTier>comparingInt(c -> rank(c, labels.apply(c), text).orElse(9))
                .thenComparing(c -> !plain(c.name()).equals(t) && !plain(c.iso2()).equals(t))
                .thenComparing(CountryTier::name);
    }

    /** Lower case, without accents: "Côte d’Ivoire" is found by "cote". */
    private static String plain(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
