package com.tierline.application.ui;

import com.tierline.application.service.ScreeningSnapshot;
import com.tierline.screening.domain.ScreeningResult;
import com.tierline.shared.Formats;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Locale;

/** Every screening of a case, oldest first, with its findings exactly as they were and the rule-set version. */
public class ScreeningHistory extends VerticalLayout {

    public ScreeningHistory(List<ScreeningSnapshot> screenings, Locale locale) {
        setPadding(false);
        setId("screening-history");
        for (int i = 0; i < screenings.size(); i++) {
            ScreeningSnapshot s = screenings.get(i);
            ScreeningResult r = s.result();
            PreScreenPanel panel = new PreScreenPanel(locale);
            panel.showAsScreened(r, s.screenedAt());
            Details details = new Details("Screening " + (i + 1) + " · " + Formats.preciseDateTime(s.screenedAt(),
                    locale) + " · rule set " + r.ruleSetVersion() + " · " + r.outcome().label(), new Div(panel));
            details.setOpened(i == screenings.size() - 1);
            add(details);
        }
    }
}
