package com.tierline.caseupdates.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.tierline.application.domain.LicenceApplication;
import com.tierline.notification.domain.NotificationKind;
import com.tierline.rfi.domain.RequestForInformation;
import com.tierline.rfi.service.QuestionsAsked;
import com.tierline.sla.service.SlaClock;
import com.tierline.sla.service.WorkingCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** When the reply reminder's timer is set, and when a reminder would say nothing the question had not said. */
class ReplyReminderTimingTest {

    static final Instant ASKED = Instant.parse("2026-11-23T10:00:00Z"); // a Monday
    static final Instant NOW = Instant.parse("2026-11-23T10:00:01Z");

    final CaseAudience audience = mock(CaseAudience.class);
    final QuestionsAsked questions = mock(QuestionsAsked.class);
    final SlaClock sla = mock(SlaClock.class);
    final RfiNotices notices = new RfiNotices(audience, questions, sla, Clock.fixed(NOW, ZoneOffset.UTC));

    ReplyReminderTimingTest() {
        when(sla.calendar()).thenReturn(new WorkingCalendar(Set.of()));
        LicenceApplication application = mock(LicenceApplication.class);
        when(application.getReference()).thenReturn("TL-2026-000001");
        when(audience.caseOf(1L)).thenReturn(application);
        when(audience.exporterLink("TL-2026-000001")).thenReturn("http://localhost/applications/TL-2026-000001");
    }

    @Test
    void aTenDayDeadlineIsRemindedOfTwoWorkingDaysBefore() {
        asked(Instant.parse("2026-12-03T10:00:00Z")); // Thursday 3 December
        assertThat(notices.remindAt(1L)).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));

        notices.remind(1L);

        verify(audience).tell(anyList(), eq(NotificationKind.RFI_REPLY_DUE), any(), anyMap(), eq(null));
    }

    @Test
    void aDeadlineAlreadyWithinTwoWorkingDaysGetsNoReminderBesideTheQuestion() {
        asked(Instant.parse("2026-11-24T17:00:00Z")); // the next day
        assertThat(notices.remindAt(1L)).as("the timer falls due at once").isEqualTo(NOW);

        notices.remind(1L);

        verify(audience, never()).tell(anyList(), any(), any(), anyMap(), any());
    }

    private void asked(Instant deadline) {
        when(questions.latest(1L)).thenReturn(Optional.of(new RequestForInformation(1L, "reviewer1", ASKED,
                "Please name the data centre's operator and its site.", deadline)));
    }
}
