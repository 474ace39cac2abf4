package com.tierline.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A language is a folder of templates: a reader's language is used where it exists, English everywhere else. */
class MailTemplatesTest {

    private final MailTemplates templates = new MailTemplates();
    private final Map<String, String> values = Map.of("name", "Lin", "organisation", "Formosa Chips",
            "username", "lin", "link", "http://localhost/login", "reason", "No registration number");

    @Test
    void aReaderOfTraditionalChineseGetsTheTemplateInTheirLanguageFolder() {
        MailTemplates.Rendered rendered = templates.render("registration-approved", values,
                Locale.forLanguageTag("zh-TW"));

        assertThat(rendered.subject()).isEqualTo("Formosa Chips 已獲 Tierline 核准");
        assertThat(rendered.body()).contains("請以 lin 登入");
    }

    @Test
    void aKindNotYetTranslatedFallsBackToEnglish() {
        MailTemplates.Rendered rendered = templates.render("registration-refused", values,
                Locale.forLanguageTag("zh-TW"));

        assertThat(rendered.subject()).isEqualTo("The registration of Formosa Chips was refused");
    }

    @Test
    void englishAndNoLocaleUseTheTemplateWithoutAFolder() {
        assertThat(templates.render("registration-approved", values, Locale.UK).subject())
                .isEqualTo("Formosa Chips is approved on Tierline");
        assertThat(templates.render("registration-approved", values).subject())
                .isEqualTo("Formosa Chips is approved on Tierline");
    }

    @Test
    void aMailOnlyLineIsKeptInTheMailAndAnAppOnlyLineInTheApp() {
        Map<String, String> decision = Map.of("name", "Lin", "reference", "TL-2026-000002", "outcome", "denied",
                "reason", "No end-user statement.", "next", "You may appeal.", "link", "http://localhost/x");

        String mail = templates.render("decision-made", decision, null, MailTemplates.Medium.MAIL).body();
        String app = templates.render("decision-made", decision, null, MailTemplates.Medium.APP).body();

        assertThat(mail).contains("You may appeal. The decision letter is attached to the mail")
                .doesNotContain("on the case page", "[mail]", "[app]");
        assertThat(app).contains("You may appeal. The decision letter is on the case page:\nhttp://localhost/x")
                .doesNotContain("attached", "[mail]", "[app]");
    }

    @Test
    void aValueThatLooksLikeAMarkerIsNeverTakenForOne() {
        Map<String, String> decision = Map.of("name", "Lin", "reference", "TL-2026-000002", "outcome", "denied",
                "reason", "\n[mail] typed", "next", "x", "link", "http://localhost/x");

        assertThat(templates.render("decision-made", decision, null, MailTemplates.Medium.APP).body())
                .contains("[mail] typed");
    }
}
