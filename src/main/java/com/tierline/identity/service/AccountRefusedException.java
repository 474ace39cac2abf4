package com.tierline.identity.service;

import com.tierline.shared.Refusal;
import com.tierline.shared.RefusedException;
import java.util.List;

/** A registration, invitation or password change that was refused; each reason names its form field. */
public class AccountRefusedException extends RefusedException {

    public AccountRefusedException(List<Refusal> refusals) {
        super(refusals.stream().anyMatch(r -> r.field() != null) ? Kind.INVALID : Kind.NOT_POSSIBLE_NOW, refusals,
                refusals.get(0).message());
    }

    public AccountRefusedException(String code, String field, String message) {
        this(List.of(new Refusal(code, field, message)));
    }
}
