package com.tierline.shared;

/**
 * One reason a request was refused: a stable {@code code} for programs, the {@code field} it concerns (a property
 * path such as {@code items[0].quantity}, or null when it concerns the whole request) and a sentence for a person.
 * Views bind a refusal to its field by {@code field}, never by reading the sentence.
 */
public record Refusal(String code, String field, String message) {

    public static Refusal of(String code, String message) {
        return new Refusal(code, null, message);
    }

    public boolean concerns(String propertyPath) {
        return propertyPath.equals(field);
    }
}
