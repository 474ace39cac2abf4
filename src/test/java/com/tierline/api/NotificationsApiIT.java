package com.tierline.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tierline.notification.domain.Notification;
import com.tierline.notification.domain.NotificationKind;
import com.tierline.notification.domain.NotificationRepository;
import com.tierline.support.ServedIT;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Each user reads and marks only their own notices through the API; someone else's id is not found. */
@ServedIT
class NotificationsApiIT {

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired NotificationRepository notifications;

    @Test
    void aUserListsAndMarksOnlyTheirOwnNoticesNewestFirst() throws Exception {
        ApiClient api = new ApiClient(port);
        Notification older = notice("exporter2", NotificationKind.RFI_RAISED, "Question on TL-2026-000901");
        Notification newer = notice("exporter2", NotificationKind.DECISION_MADE, "Decision on TL-2026-000901");
        Notification someoneElses = notice("exporter3", NotificationKind.DECISION_MADE, "Decision on TL-2026-000902");

        JsonNode mine = json.readTree(api.get("exporter2", "/api/v1/notifications").body());
        List<Long> ids = new ArrayList<>();
        mine.path("notifications").forEach(n -> ids.add(n.path("id").asLong()));
        assertThat(ids).contains(older.getId(), newer.getId()).doesNotContain(someoneElses.getId());
        assertThat(ids).as("newest first").isSortedAccordingTo((a, b) -> Long.compare(b, a));
        JsonNode first = mine.path("notifications").get(ids.indexOf(newer.getId()));
        assertThat(first.path("unread").asBoolean()).isTrue();
        assertThat(first.path("kindLabel").asText()).isEqualTo(NotificationKind.DECISION_MADE.label());
        assertThat(first.path("subject").asText()).isEqualTo("Decision on TL-2026-000901");
        assertThat(mine.path("unread").asLong()).isEqualTo(notifications.countByRecipientAndReadAtIsNull("exporter2"));

        HttpResponse<String> foreign = api.post("exporter2", "/api/v1/notifications/" + someoneElses.getId() + "/read");
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(foreign.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(unread(someoneElses)).as("someone else's notice is left as it was").isTrue();

        assertThat(api.post("exporter2", "/api/v1/notifications/" + older.getId() + "/read").statusCode())
                .isEqualTo(204);
        assertThat(unread(older)).isFalse();
        assertThat(unread(newer)).isTrue();

        assertThat(api.post("exporter2", "/api/v1/notifications/read-all").statusCode()).isEqualTo(204);
        assertThat(notifications.countByRecipientAndReadAtIsNull("exporter2")).isZero();
        assertThat(unread(someoneElses)).as("read-all is only one's own").isTrue();
        JsonNode after = json.readTree(api.get("exporter2", "/api/v1/notifications?limit=1").body());
        assertThat(after.path("unread").asLong()).isZero();
        assertThat(after.path("notifications")).hasSize(1);
        assertThat(after.path("notifications").get(0).path("readAt").asText()).isNotBlank();
    }

    @Test
    void aLimitOutsideItsRangeIsRefusedNotQuietlyClamped() throws Exception {
        ApiClient api = new ApiClient(port);
        HttpResponse<String> zero = api.get("exporter2", "/api/v1/notifications?limit=0");
        assertThat(zero.statusCode()).isEqualTo(400);
        assertThat(json.readTree(zero.body()).path("errors").get(0).path("field").asText()).isEqualTo("limit");
        assertThat(api.get("exporter2", "/api/v1/notifications?limit=201").statusCode()).isEqualTo(400);
        assertThat(api.get("exporter2", "/api/v1/notifications?limit=many").statusCode()).isEqualTo(400);
        assertThat(api.get("exporter2", "/api/v1/notifications/1/read").statusCode()).as("marking is a POST")
                .isEqualTo(405);
    }

    private Notification notice(String recipient, NotificationKind kind, String subject) {
        return notifications.save(new Notification(recipient, kind, null, subject, subject + ".", Instant.now()));
    }

    private boolean unread(Notification notice) {
        return notifications.findById(notice.getId()).orElseThrow().isUnread();
    }
}
