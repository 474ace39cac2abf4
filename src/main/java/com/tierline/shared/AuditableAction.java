package com.tierline.shared;

import java.util.Map;

/**
 * Published by any feature when something worth auditing happens. It is a Spring application event so that
 * features need not depend on the audit feature; the audit listener appends it to the hash chain inside the
 * publisher's transaction, so the change and its audit record commit or roll back together.
 */
public record AuditableAction(String actor, String action, String caseReference, Map<String, ?> payload) {

    public AuditableAction {
        payload = payload == null ? Map.of() : payload;
    }
}
