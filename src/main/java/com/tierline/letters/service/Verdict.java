package com.tierline.letters.service;

/** What a decision said, in the words a letter uses for it. */
public enum Verdict {
    APPROVED("Approved", "The application is approved."),
    DENIED("Denied", "The application is denied.");

    private final String label;
    private final String sentence;

    Verdict(String label, String sentence) {
        this.label = label;
        this.sentence = sentence;
    }

    public String label() {
        return label;
    }

    String sentence() {
        return sentence;
    }
}
