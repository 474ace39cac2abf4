package com.tierline.screening.service;

import com.tierline.screening.domain.ChipSpec;
import com.tierline.screening.domain.CountryTier;
import com.tierline.screening.domain.RuleSet;
import com.tierline.screening.domain.Thresholds;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;

/**
 * Reads the rule-set files shipped under {@code rulesets/}: {@code index.txt} names the versions; each version has
 * {@code ruleset.properties} (thresholds), {@code countries.csv} (tiers) and {@code chips.csv} (catalogue).
 */
final class RuleSetFiles {

    record Loaded(RuleSet ruleSet, String description) {
    }

    private RuleSetFiles() {
    }

    static List<String> shippedVersions() {
        return lines("rulesets/index.txt").stream().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }

    static Loaded load(String version) {
        String base = "rulesets/" + version + "/";
        Properties p = new Properties();
        try (InputStream in = new ClassPathResource(base + "ruleset.properties").getInputStream()) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Rule set " + version + " has no ruleset.properties", e);
        }
        Thresholds thresholds = new Thresholds(num(p, "tpp-a"), num(p, "tpp-a-lower-bound"), num(p, "density-a"),
                num(p, "tpp-b"), num(p, "density-b-lower"), num(p, "h100-tpp"), num(p, "max-tpp-per-unit"),
                num(p, "lpp-annual-limit-tpp"), num(p, "country-allocation-tpp"), num(p, "g2g-allocation-factor"),
                text(p, "allocation-period"), num(p, "uveu-min-tier1-share"), num(p, "uveu-max-country-share"),
                num(p, "uveu-min-us-share"), nveu(p), optional(p, "tpp-b2"), optional(p, "density-b2-lower"));
        Set<String> g2g = Arrays.stream(p.getProperty("g2g-countries", "").split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        RuleSet ruleSet = new RuleSet(text(p, "version"), LocalDate.parse(text(p, "effective-from")), thresholds,
                countries(base + "countries.csv"), chips(base + "chips.csv"), g2g);
        return new Loaded(ruleSet, p.getProperty("description", ""));
    }

    /** The property keys an administrator may override in a draft, as in {@code ruleset.properties}. */
    static final List<String> THRESHOLD_KEYS = List.of("tpp-a", "tpp-a-lower-bound", "density-a", "tpp-b",
            "density-b-lower", "h100-tpp", "max-tpp-per-unit", "lpp-annual-limit-tpp", "country-allocation-tpp",
            "g2g-allocation-factor", "allocation-period", "uveu-min-tier1-share", "uveu-max-country-share",
            "uveu-min-us-share", "tpp-b2", "density-b2-lower");

    /** Thresholds with some values replaced; keys and values are checked, with a sentence for each problem. */
    static Thresholds override(Thresholds t, Map<String, String> overrides) {
        Properties p = new Properties();
        String[] values = {t.tppA().toPlainString(), t.tppALowerBound().toPlainString(), t.densityA().toPlainString(),
                t.tppB().toPlainString(), t.densityBLower().toPlainString(), t.h100Tpp().toPlainString(),
                t.maxTppPerUnit().toPlainString(), t.lppAnnualLimitTpp().toPlainString(),
                t.countryAllocationTpp().toPlainString(), t.g2gAllocationFactor().toPlainString(),
                t.allocationPeriod(), t.uveuMinTier1Share().toPlainString(), t.uveuMaxCountryShare().toPlainString(),
                t.uveuMinUsShare().toPlainString(), plain(t.tppB2()), plain(t.densityB2Lower())};
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                p.setProperty(THRESHOLD_KEYS.get(i), values[i]);
            }
        }
        t.nveuAllocationH100().forEach((year, h100) -> p.setProperty("nveu-allocation-h100." + year,
                h100.toPlainString()));
        overrides.forEach((key, value) -> {
            if (!THRESHOLD_KEYS.contains(key) && !key.startsWith("nveu-allocation-h100.")) {
                throw new IllegalArgumentException("Unknown threshold " + key + "; use one of "
                        + String.join(", ", THRESHOLD_KEYS));
            }
            if (!key.equals("allocation-period")) {
                try {
                    if (new BigDecimal(value.trim()).signum() < 0) {
                        throw new IllegalArgumentException(key + " cannot be negative");
                    }
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(key + " must be a number, not \"" + value + "\"");
                }
            }
            p.setProperty(key, value.trim());
        });
        return new Thresholds(num(p, "tpp-a"), num(p, "tpp-a-lower-bound"), num(p, "density-a"), num(p, "tpp-b"),
                num(p, "density-b-lower"), num(p, "h100-tpp"), num(p, "max-tpp-per-unit"),
                num(p, "lpp-annual-limit-tpp"), num(p, "country-allocation-tpp"), num(p, "g2g-allocation-factor"),
                text(p, "allocation-period"), num(p, "uveu-min-tier1-share"), num(p, "uveu-max-country-share"),
                num(p, "uveu-min-us-share"), nveu(p), optional(p, "tpp-b2"), optional(p, "density-b2-lower"));
    }

    private static Map<String, BigDecimal> nveu(Properties p) {
        Map<String, BigDecimal> byYear = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("nveu-allocation-h100.")) {
                byYear.put(key.substring("nveu-allocation-h100.".length()), num(p, key));
            }
        }
        return byYear;
    }

    /** iso2,iso3,name,tier,basis[,groups,embargo]: groups space-separated, embargo the part 746 citation. */
    private static Map<String, CountryTier> countries(String path) {
        Map<String, CountryTier> countries = new LinkedHashMap<>();
        for (List<String> cells : rows(path)) {
            Set<String> groups = cells.size() > 5 ? Arrays.stream(cells.get(5).trim().split("\\s+"))
                    .filter(g -> !g.isEmpty()).collect(Collectors.toSet()) : Set.of();
            String embargo = cells.size() > 6 ? cells.get(6).trim() : null;
            countries.put(cells.get(0), new CountryTier(cells.get(0), cells.get(2), Integer.parseInt(cells.get(3)),
                    cells.get(4), cells.get(1), groups, embargo));
        }
        return countries;
    }

    private static Map<String, ChipSpec> chips(String path) {
        Map<String, ChipSpec> chips = new LinkedHashMap<>();
        for (List<String> c : rows(path)) { // model,vendor,tpp,die_area_mm2,performance_density,basis[,aliases]
            List<String> aliases = c.size() > 6 ? Arrays.stream(c.get(6).split(";")).map(String::trim)
                    .filter(a -> !a.isEmpty()).toList() : List.of();
            chips.put(c.get(0), new ChipSpec(c.get(0), c.get(1), new BigDecimal(c.get(2)), new BigDecimal(c.get(3)),
                    new BigDecimal(c.get(4)), c.get(5), aliases));
        }
        return chips;
    }

    private static List<List<String>> rows(String path) {
        List<String> lines = lines(path);
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                rows.add(CsvLine.split(line));
            }
        }
        return rows;
    }

    static List<String> lines(String path) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    private static BigDecimal optional(Properties p, String key) {
        String value = p.getProperty(key);
        return value == null || value.isBlank() ? null : new BigDecimal(value.trim());
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static BigDecimal num(Properties p, String key) {
        return new BigDecimal(text(p, key));
    }

    private static String text(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Rule set property missing: " + key);
        }
        return value.trim();
    }
}
