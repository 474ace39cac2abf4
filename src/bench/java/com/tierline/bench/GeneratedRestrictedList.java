package com.tierline.bench;

import com.tierline.screening.domain.RestrictedParty;
import com.tierline.screening.domain.RestrictedPartyList;
import com.tierline.screening.service.ShippedRuleSet;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A restricted-party list the size of the published Consolidated Screening List — 25,000 entries with 31,000
 * alternative names — generated from a fixed seed, beside the shipped demo entries. Names are built the way real
 * entries are (a place, an invented brand, descriptive words, a company form; acronyms, short names and
 * transliterated spellings as aliases), with descriptive words drawn unevenly so that some are very common, as
 * "Technology" is on the real list; one in twenty names is written in Cyrillic.
 */
final class GeneratedRestrictedList {

    static final int ENTRIES = 25_000;
    static final int ALT_NAMES = 31_000;

    private static final String[] PLACES = {"Beijing", "Shanghai", "Shenzhen", "Hangzhou", "Moscow", "Tehran",
            "Dubai", "Hong Kong", "Wuhan", "Chengdu", "Minsk", "Karachi", "Damascus", "Pyongyang", "Tianjin"};
    private static final String[] WORDS = {"Technology", "Electronics", "Trading", "Industrial", "Information",
            "Systems", "International", "Engineering", "Aviation", "Materials", "Precision", "Micro", "Science",
            "Research", "Equipment", "Logistics", "Import Export", "Shipping", "Semiconductor", "Optical", "Energy",
            "Instruments", "Communication", "Defence", "Components", "Machinery", "Software", "Network"};
    private static final String[] FORMS = {"Co., Ltd.", "LLC", "JSC", "Ltd", "FZE", "Pte Ltd", "GmbH", "Inc.",
            "Corporation", "Company Limited", "OOO", ""};
    private static final String[] SYLLABLES = {"ka", "ro", "zen", "tal", "vi", "mar", "ko", "lin", "sha", "dor",
            "tek", "nov", "hua", "xin", "bai", "ste", "qua", "pol", "rix", "mu", "den", "sar", "lo", "gre", "fen"};

    private static final Transliterator TO_CYRILLIC = Transliterator.getInstance("Latin-Cyrillic");

    private GeneratedRestrictedList() {
    }

    static RestrictedPartyList build() {
        List<RestrictedParty> parties = new ArrayList<>(ShippedRuleSet.restrictedPartyEntries());
        Random random = new Random(20250115);
        Set<String> brands = new HashSet<>();
        int[] altCounts = new int[ENTRIES];
        for (int given = 0; given < ALT_NAMES; ) {
            int at = random.nextInt(ENTRIES);
            if (altCounts[at] < 4) {
                altCounts[at]++;
                given++;
            }
        }
        for (int i = 0; i < ENTRIES; i++) {
            String brand = brand(random, brands);
            String place = random.nextInt(3) == 0 ? PLACES[random.nextInt(PLACES.length)] + " " : "";
            String words = skewed(random) + (random.nextBoolean() ? " " + skewed(random) : "");
            String form = FORMS[random.nextInt(FORMS.length)];
            String name = (place + brand + " " + words + " " + form).trim();
            List<String> alts = new ArrayList<>();
            for (int a = 0; a < altCounts[i]; a++) {
                alts.add(switch (a) {
                    case 0 -> acronym(brand + " " + words);
                    case 1 -> brand + " " + FORMS[random.nextInt(FORMS.length)];
                    case 2 -> cyrillic(brand) + " " + words;
                    default -> brand + " " + skewed(random) + " Group";
                });
            }
            String primary = random.nextInt(20) == 0 ? cyrillic(name) : name;
            parties.add(new RestrictedParty(primary, alts, "CN", "Generated list", null, null, null, null));
        }
        return new RestrictedPartyList("generated", parties);
    }

    /** Descriptive words: the first few far more often than the rest. */
    private static String skewed(Random random) {
        double u = random.nextDouble();
        return WORDS[(int) (WORDS.length * u * u * u)];
    }

    private static String brand(Random random, Set<String> taken) {
        while (true) {
            StringBuilder b = new StringBuilder();
            int parts = 2 + random.nextInt(3);
            for (int i = 0; i < parts; i++) {
                b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            String brand = Character.toUpperCase(b.charAt(0)) + b.substring(1);
            if (taken.add(brand)) {
                return brand;
            }
        }
    }

    private static String acronym(String words) {
        StringBuilder a = new StringBuilder();
        for (String w : words.split(" ")) {
            a.append(Character.toUpperCase(w.charAt(0)));
        }
        return a.toString();
    }

    /** The name in Cyrillic letters, as Russian-language entries are written. */
    private static String cyrillic(String latin) {
        synchronized (TO_CYRILLIC) {
            return TO_CYRILLIC.transliterate(latin);
        }
    }
}
