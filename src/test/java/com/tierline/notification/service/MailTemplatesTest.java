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
}
