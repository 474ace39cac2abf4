package com.tierline.screening.domain;

/** An entry of a restricted-party list (Entity List and similar). */
public record RestrictedParty(String name, String country, String source) {
}
