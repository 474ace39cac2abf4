package com.tierline.screening.service;

import com.tierline.screening.domain.CountryTier;
import com.tierline.screening.domain.RuleSet;
import com.tierline.screening.domain.Thresholds;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.BufferedReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * Loads rule sets from {@code rulesets/<version>/} on the classpath: {@code ruleset.properties} for
 * thresholds and {@code countries.csv} for tiers. Loaded once; evaluation never touches files.
 */
@Service
public class RuleSetCatalog {

    static final String CURRENT_VERSION = "2025-01-15";

    private final RuleSet current;

    public RuleSetCatalog() {
        this.current = load(CURRENT_VERSION);
    }

    public RuleSet current() {
        return current;
    }

    /** Destinations sorted by name, for pickers. */
    public List<CountryTier> destinations() {
        return current.countries().values().stream().sorted(Comparator.comparing(CountryTier::name)).toList();
    }

    static RuleSet load(String version) {
        String base = "rulesets/" + version + "/";
        Properties p = new Properties();
        try (InputStream in = new ClassPathResource(base + "ruleset.properties").getInputStream()) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Rule set " + version + " has no ruleset.properties", e);
        }
        Thresholds thresholds = new Thresholds(num(p, "tpp-a"), num(p, "tpp-a-lower-bound"), num(p, "density-a"),
                num(p, "tpp-b"), num(p, "density-b-lower"), num(p, "h100-tpp"));
        return new RuleSet(p.getProperty("version"), LocalDate.parse(p.getProperty("effective-from")), thresholds,
                readCountries(base + "countries.csv"));
    }

    private static Map<String, CountryTier> readCountries(String path) {
        Map<String, CountryTier> countries = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
            reader.readLine(); // header: iso2,iso3,name,tier,basis
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = CsvLine.split(line);
                countries.put(cells.get(0), new CountryTier(cells.get(0), cells.get(2),
                        Integer.parseInt(cells.get(3)), cells.get(4)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
        return countries;
    }

    private static BigDecimal num(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("Rule set property missing: " + key);
        }
        return new BigDecimal(value.trim());
    }
}
