package com.tierline.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.sla.service.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    final WorkingCalendar calendar = new WorkingCalendar(Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1)));

    @Test
    void skipsWeekendsAndKeepsTheTimeOfDay() {
        // Friday 27 November 2026, 14:02 UTC + 1 working day = Monday 30 November, 14:02
        assertThat(calendar.plusWorkingDays(Instant.parse("2026-11-27T14:02:00Z"), 1))
                .isEqualTo(Instant.parse("2026-11-30T14:02:00Z"));
        // + 9 working days (the review SLA) from Monday 30 November = Friday 11 December
        assertThat(calendar.plusWorkingDays(Instant.parse("2026-11-30T09:00:00Z"), 9))
                .isEqualTo(Instant.parse("2026-12-11T09:00:00Z"));
    }

    @Test
    void skipsConfiguredHolidays() {
        // Thursday 24 December + 2 working days: skips Christmas (Fri), the weekend, lands Tuesday 29 December
        assertThat(calendar.plusWorkingDays(Instant.parse("2026-12-24T10:00:00Z"), 2))
                .isEqualTo(Instant.parse("2026-12-29T10:00:00Z"));
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 26))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 28))).isTrue();
    }

    @Test
    void goesBackOverWeekendsAndHolidaysForAReminderBeforeADeadline() {
        // Tuesday 1 December 2026, 17:00 UTC − 2 working days = Friday 27 November, 17:00
        assertThat(calendar.minusWorkingDays(Instant.parse("2026-12-01T17:00:00Z"), 2))
                .isEqualTo(Instant.parse("2026-11-27T17:00:00Z"));
        // Tuesday 29 December − 2 working days: Monday 28, then over the weekend and Christmas to Thursday 24
        assertThat(calendar.minusWorkingDays(Instant.parse("2026-12-29T09:30:00Z"), 2))
                .isEqualTo(Instant.parse("2026-12-24T09:30:00Z"));
    }

    @Test
    void countsTheWorkingDaysSpentWaiting() {
        // paused Friday 18 December, resumed Monday 4 January: 21, 22, 23, 24, 28, 29, 30, 31 December and 4 January
        assertThat(calendar.workingDaysBetween(Instant.parse("2026-12-18T16:00:00Z"),
                Instant.parse("2027-01-04T09:00:00Z"))).isEqualTo(9);
        assertThat(calendar.workingDaysBetween(Instant.parse("2026-11-30T09:00:00Z"),
                Instant.parse("2026-11-30T17:00:00Z"))).isZero();
    }
}
