package com.tierline.party.service;

/** A registered party an exporter may pick on the form: only what the directory publishes, nothing of others' use. */
public record PartyChoice(Long id, String name, String country) {
}
