package com.tierline.shared;

import java.util.List;
import java.util.Optional;

/**
 * The one shape of "no" for the browser and the API: every refusal of a service extends this, carries its
 * reasons as {@link Refusal}s and says which kind of no it is, so the API answers it with the matching problem
 * document and a view shows each reason at its field.
 */
public abstract class RefusedException extends RuntimeException {

    /** What kind of no: the request itself is wrong (422), or it is right but not possible now (409). */
    public enum Kind {
        INVALID, NOT_POSSIBLE_NOW
    }

    private final transient List<Refusal> refusals;
    private final Kind kind;

    protected RefusedException(Kind kind, List<Refusal> refusals, String message) {
        super(message);
        this.kind = kind;
        this.refusals = List.copyOf(refusals);
    }

    protected RefusedException(Kind kind, Refusal refusal) {
        this(kind, List.of(refusal), refusal.message());
    }

    public Kind kind() {
        return kind;
    }

    public List<Refusal> refusals() {
        return refusals;
    }

    /** The refusal about {@code field}, if this refusal names that field. */
    public Optional<Refusal> about(String field) {
        return refusals.stream().filter(r -> r.concerns(field)).findFirst();
    }
}
