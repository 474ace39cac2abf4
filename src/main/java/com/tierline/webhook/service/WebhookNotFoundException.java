package com.tierline.webhook.service;

/** An unknown endpoint or delivery, or one of another organisation: the two are indistinguishable on purpose. */
public class WebhookNotFoundException extends RuntimeException {

    WebhookNotFoundException(String what, long id) {
        super("No " + what + " " + id);
    }
}
