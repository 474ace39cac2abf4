package com.tierline.routing.service;

import com.tierline.shared.Refusal;
import com.tierline.shared.RefusedException;
import java.util.List;

/** A routing change the administrator asked for and may not make; each reason names its field where it has one. */
public class RoutingRefusedException extends RefusedException {

    public RoutingRefusedException(List<Refusal> refusals) {
        super(Kind.INVALID, refusals, String.join(" ", refusals.stream().map(Refusal::message).toList()));
    }

    /** Right in itself but overtaken: someone else changed the rule first. */
    public RoutingRefusedException(String message) {
        super(Kind.NOT_POSSIBLE_NOW, Refusal.of("routing.changed-meanwhile", message));
    }
}
