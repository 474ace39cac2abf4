package com.tierline.screening.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One spelling of a name as the screener compares it: its words in order, the same words sorted (word order does
 * not matter), all of them run together (spacing does not matter), and its brand — the word a bare mention of
 * the company would use ("huawei" for Huawei Technologies, "hikvision" for Hangzhou Hikvision Digital Technology),
 * or none when the name starts with a descriptive or place word that many unrelated companies share.
 */
record NameForm(List<String> tokens, String sorted, String joined, String brand) {

    /**
     * Words that say what or where a company is rather than which one: a name's brand is never one of them, and
     * one leading place word ("Hangzhou", "Beijing") is skipped to find it.
     */
    static final Set<String> DESCRIPTIVE = PartyNames.bothSpellings(Set.of("technology", "technologies", "tech",
            "digital", "information", "info", "industry", "industries", "industrial", "international", "electronics",
            "electronic", "electric", "systems", "system", "trading", "trade", "science", "sciences", "scientific",
            "research", "institute", "academy", "university", "national", "general", "global", "advanced",
            "computer", "computers", "computing", "compute", "data", "network", "networks", "software",
            "semiconductor", "semiconductors", "manufacturing", "engineering", "equipment", "development",
            "services", "service", "solutions", "products", "materials", "micro", "microelectronics", "integrated",
            "circuits", "new", "first", "united", "cloud", "device", "devices", "energy", "power", "machinery",
            "aviation", "aerospace", "defense", "defence", "security", "communications", "communication", "telecom",
            "intelligence", "artificial", "offshore", "logistics", "capital", "investment", "enterprise",
            "enterprises", "import", "export", "shipping", "supply", "center", "centre", "china", "chinese",
            "beijing", "shanghai", "shenzhen", "hangzhou", "guangzhou", "wuhan", "tianjin", "chengdu", "nanjing",
            "xian", "hefei", "zhuhai", "suzhou", "hong", "kong", "russia", "russian", "moscow", "iran", "iranian",
            "korea", "syria", "dubai", "emirates", "gulf", "asia", "pacific", "euro", "america", "american", "state",
            "federal", "city", "east", "west", "north", "south", "central"));

    /** A brand shorter than this is too likely to be someone else's initials. */
    static final int MIN_BRAND_LENGTH = 4;

    static NameForm of(List<String> tokens) {
        List<String> sortedTokens = new ArrayList<>(tokens);
        sortedTokens.sort(null);
        return new NameForm(List.copyOf(tokens), String.join(" ", sortedTokens), String.join("", tokens),
                brandOf(tokens));
    }

    private static String brandOf(List<String> tokens) {
        if (tokens.size() < 2) {
            return null;
        }
        String first = tokens.get(0);
        String brand = DESCRIPTIVE.contains(first) ? tokens.get(1) : first;
        boolean word = false;
        for (int i = 0; i < brand.length() && !word; i++) {
            word = Character.isLetter(brand.charAt(i));
        }
        return word && brand.length() >= MIN_BRAND_LENGTH && !DESCRIPTIVE.contains(brand) ? brand : null;
    }

    /** The sorted words without the one at {@code index}, and that word's first letter: the key of near spellings. */
    String neighbourKey(int index) {
        String left = tokens.get(index);
        StringBuilder key = new StringBuilder(sorted.length() + 2);
        boolean skipped = false;
        int from = 0;
        while (from <= sorted.length()) {
            int to = sorted.indexOf(' ', from);
            to = to < 0 ? sorted.length() : to;
            String token = sorted.substring(from, to);
            if (!skipped && token.equals(left)) {
                skipped = true;
            } else {
                key.append(key.length() == 0 ? "" : " ").append(token);
            }
            from = to + 1;
        }
        return key.append('|').append(left.charAt(0)).toString();
    }
}
