package com.tierline.webhook.service;

import com.tierline.shared.Refusal;
import com.tierline.shared.RefusedException;
import java.util.List;

/** An endpoint's settings refused, each reason at its field ({@code url}, {@code description}). */
public class WebhookRefusedException extends RefusedException {

    WebhookRefusedException(List<Refusal> refusals) {
        super(Kind.INVALID, refusals, refusals.get(0).message());
    }
}
