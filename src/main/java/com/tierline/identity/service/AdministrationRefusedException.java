package com.tierline.identity.service;

import com.tierline.shared.Refusal;
import com.tierline.shared.RefusedException;
import java.util.List;

/** An administrator's change of a user, organisation or team that was refused; each reason names its field. */
public class AdministrationRefusedException extends RefusedException {

    AdministrationRefusedException(List<Refusal> refusals) {
        super(Kind.INVALID, refusals, String.join(" ", refusals.stream().map(Refusal::message).toList()));
    }

    /** Right in itself but not possible now: the last administrator, one's own account, a lost race. */
    AdministrationRefusedException(String code, String message) {
        super(Kind.NOT_POSSIBLE_NOW, Refusal.of(code, message));
    }
}
