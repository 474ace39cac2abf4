package com.tierline.routing.service;

import com.tierline.routing.domain.DefaultTeamChoice;
import com.tierline.routing.domain.DefaultTeamChoiceRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The team that takes what no rule matches: the administrator's newest choice, else the configured default. */
@Component
class DefaultTeam {

    private final DefaultTeamChoiceRepository choices;
    private final String configured;

    DefaultTeam(DefaultTeamChoiceRepository choices, @Value("${tierline.review.default-team}") String configured) {
        this.choices = choices;
        this.configured = configured;
    }

    String code() {
        return choices.findFirstByOrderByIdDesc().map(DefaultTeamChoice::getTeamCode).orElse(configured);
    }
}
