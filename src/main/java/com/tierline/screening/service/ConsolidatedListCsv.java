package com.tierline.screening.service;

import com.tierline.screening.domain.RestrictedParty;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the US Consolidated Screening List (trade.gov) CSV as published: the exact header, one entry a record,
 * {@code alt_names} separated by ";". Every problem is reported with its line and column, and a file with any
 * problem is refused as a whole.
 */
final class ConsolidatedListCsv {

    static final List<String> HEADER = List.of("_id", "source", "entity_number", "type", "programs", "name", "title",
            "addresses", "federal_register_notice", "start_date", "end_date", "standard_order", "license_requirement",
            "license_policy", "call_sign", "vessel_type", "gross_tonnage", "gross_registered_tonnage", "vessel_flag",
            "vessel_owner", "remarks", "source_list_url", "alt_names", "citizenships", "dates_of_birth",
            "nationalities", "places_of_birth", "source_information_url", "ids");
    static final int MAX_ENTRIES = 100_000;
    static final int MAX_NAME = 1000;
    private static final int MAX_PROBLEMS = 20;
    private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");
    private static final int NAME = HEADER.indexOf("name");
    private static final int SOURCE = HEADER.indexOf("source");
    private static final int ALT_NAMES = HEADER.indexOf("alt_names");
    private static final int ADDRESSES = HEADER.indexOf("addresses");
    private static final int TYPE = HEADER.indexOf("type");
    private static final int PROGRAMS = HEADER.indexOf("programs");

    private ConsolidatedListCsv() {
    }

    static List<RestrictedParty> parse(InputStream csv) {
        List<RestrictedParty> parties = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8); CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new RestrictedListRejectedException(List.of("The file is empty"));
            }
            String header = checkHeader(records.next());
            if (header != null) {
                throw new RestrictedListRejectedException(List.of(header));
            }
            long line = parser.getCurrentLineNumber() + 1;
            while (records.hasNext() && problems.size() < MAX_PROBLEMS && parties.size() <= MAX_ENTRIES) {
                CSVRecord record = records.next();
                read(record, line, parties, problems);
                line = parser.getCurrentLineNumber() + 1;
            }
        } catch (UncheckedIOException | IOException e) {
            String reason = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            problems.add("The file is not well-formed CSV: " + reason);
        }
        if (parties.size() > MAX_ENTRIES) {
            problems.add("The list has more than " + String.format("%,d", MAX_ENTRIES) + " entries");
        }
        if (!problems.isEmpty()) {
            throw new RestrictedListRejectedException(problems);
        }
        if (parties.isEmpty()) {
            throw new RestrictedListRejectedException(List.of("The file has no entries"));
        }
        return parties;
    }

    private static String checkHeader(CSVRecord header) {
        List<String> found = header.stream().map(c -> c.replace("\uFEFF", "").trim()).toList();
        for (int i = 0; i < HEADER.size(); i++) {
            String cell = i < found.size() ? found.get(i) : null;
            if (!HEADER.get(i).equals(cell)) {
                return "Line 1, column " + (i + 1) + ": the header of the Consolidated Screening List has "
                        + HEADER.get(i) + " here, the file has " + (cell == null ? "nothing" : "\"" + cell + "\"");
            }
        }
        return found.size() == HEADER.size() ? null : "Line 1: the header has " + found.size()
                + " columns; the Consolidated Screening List has " + HEADER.size();
    }

    private static void read(CSVRecord record, long line, List<RestrictedParty> parties, List<String> problems) {
        if (record.size() == 1 && record.get(0).isBlank()) {
            return;
        }
        if (record.size() != HEADER.size()) {
            problems.add("Line " + line + ": " + record.size() + " columns where the header has " + HEADER.size());
            return;
        }
        String name = record.get(NAME).trim();
        String source = record.get(SOURCE).trim();
        List<String> altNames = Arrays.stream(record.get(ALT_NAMES).split(";")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
        int before = problems.size();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            problems.add(at(line, NAME) + "a name of 1 to " + MAX_NAME + " characters is needed");
        }
        if (source.isEmpty() || source.length() > 200) {
            problems.add(at(line, SOURCE) + "the list the entry is on (1 to 200 characters) is needed");
        }
        if (altNames.stream().anyMatch(a -> a.length() > MAX_NAME)) {
            problems.add(at(line, ALT_NAMES) + "an alternative name is longer than " + MAX_NAME + " characters");
        }
        for (int column : new int[] {0, TYPE, PROGRAMS, ADDRESSES}) {
            int limit = column == ADDRESSES ? 4000 : column == PROGRAMS ? 1000 : 100;
            if (record.get(column).trim().length() > limit) {
                problems.add(at(line, column) + "longer than " + String.format("%,d", limit) + " characters");
            }
        }
        if (String.join(";", altNames).length() > 20_000) {
            problems.add(at(line, ALT_NAMES) + "the alternative names together are longer than 20,000 characters");
        }
        if (problems.size() == before) {
            String addresses = blankToNull(record.get(ADDRESSES));
            parties.add(new RestrictedParty(name, altNames, country(addresses), source, blankToNull(record.get(0)),
                    blankToNull(record.get(TYPE)), blankToNull(record.get(PROGRAMS)), addresses));
        }
    }

    private static String at(long line, int column) {
        return "Line " + line + ", column " + (column + 1) + " (" + HEADER.get(column) + "): ";
    }

    /** The list gives each address as "street, city, state, postal code, country"; the first one's country. */
    static String country(String addresses) {
        if (addresses == null) {
            return null;
        }
        String first = addresses.split(";")[0];
        String last = first.substring(first.lastIndexOf(',') + 1).trim();
        return ISO2.matcher(last).matches() ? last : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
