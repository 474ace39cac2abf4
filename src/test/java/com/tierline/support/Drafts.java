package com.tierline.support;

import com.tierline.application.service.ApplicationDraft;
import com.tierline.application.service.ItemDraft;
import java.math.BigDecimal;
import java.util.List;

/** Complete, valid drafts for tests. */
public final class Drafts {

    private Drafts() {
    }

    /** 2,000 H100s (15,832 TPP, density 19.45 each; 31,664,000 TPP, over the low-volume limit) to a destination. */
    public static ApplicationDraft h100s(String destination) {
        ApplicationDraft d = new ApplicationDraft();
        d.setDestinationCountry(destination);
        d.setContactName("Erin Exporter");
        d.setContactEmail("erin@northwind.example");
        d.setDeclarationAccepted(true);
        d.setConsigneeName("Gulf Data Centres LLC");
        d.setConsigneeCountry(destination);
        d.setEndUserName("National Weather Modelling Centre");
        d.setEndUserCountry(destination);
        d.setEndUse("Training numerical weather prediction models in a certified data centre.");
        d.setItems(List.of(new ItemDraft("NVIDIA H100 SXM5 80GB", new BigDecimal("15832"), new BigDecimal("19.45"),
                2000, new BigDecimal("25000"))));
        return d;
    }

    /** A consignee named in Traditional Chinese, as a Taiwanese server maker files it. */
    public static final String CHINESE_NAME = "緯創資通股份有限公司";
    /** An end user named in Arabic, printed shaped and right to left. */
    public static final String ARABIC_NAME = "المركز الوطني للأرصاد";
    /** An end use in Russian, Greek and Polish (letters beyond Latin-1: ł, ó, ź). */
    public static final String END_USE_IN_OTHER_SCRIPTS = "Прогноз погоды; Πρόγνωση καιρού; prognoza pogody dla Łodzi.";

    /** {@link #h100s} with the parties named, and the end use written, in the scripts above. */
    public static ApplicationDraft h100sNamedInOtherScripts(String destination) {
        ApplicationDraft d = h100s(destination);
        d.setConsigneeName(CHINESE_NAME);
        d.setEndUserName(ARABIC_NAME);
        d.setEndUse(END_USE_IN_OTHER_SCRIPTS);
        return d;
    }
}
