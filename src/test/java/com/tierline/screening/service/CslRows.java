package com.tierline.screening.service;

/** Consolidated Screening List CSV text for tests: the published header and records with the columns tests use. */
public final class CslRows {

    public static final String HEADER = String.join(",", ConsolidatedListCsv.HEADER) + "\n";

    private CslRows() {
    }

    /** One record: its name, ";"-separated alternative names, source list and addresses; the other columns empty. */
    public static String row(String name, String altNames, String source, String addresses) {
        return "id-" + Math.abs(name.hashCode()) + "," + quote(source) + ",,Entity,EAR," + quote(name) + ",,"
                + quote(addresses) + ",,,,,,,,,,,,,,," + quote(altNames) + ",,,,,,\n";
    }

    private static String quote(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }
}
