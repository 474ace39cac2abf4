package com.tierline.notification.service;

import com.tierline.notification.service.Notifications.Attachment;
import java.util.Map;

/**
 * One mail to go after commit, as the event publication registry keeps it (serialised as JSON, the attachment's
 * bytes in Base64) until it has been delivered or given up. The mail id names its {@code mail_delivery} row.
 * The language tag chooses the template (null: English).
 */
record MailRequested(String mailId, String to, String kind, Map<String, String> values, String languageTag,
        Attachment attachment) {
}
