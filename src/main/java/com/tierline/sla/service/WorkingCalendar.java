package com.tierline.sla.service;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Set;

/** Working days: Monday to Friday, except the configured holidays. Times of day are kept; UTC throughout. */
public record WorkingCalendar(Set<LocalDate> holidays) {

    public WorkingCalendar {
        holidays = Set.copyOf(holidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    /** The same time of day {@code days} working days later. */
    public Instant plusWorkingDays(Instant from, int days) {
        ZonedDateTime t = from.atZone(ZoneOffset.UTC);
        int added = 0;
        while (added < days) {
            t = t.plusDays(1);
            if (isWorkingDay(t.toLocalDate())) {
                added++;
            }
        }
        return t.toInstant();
    }

    /** The same time of day {@code days} working days earlier: when a reminder before a deadline is due. */
    public Instant minusWorkingDays(Instant from, int days) {
        ZonedDateTime t = from.atZone(ZoneOffset.UTC);
        int taken = 0;
        while (taken < days) {
            t = t.minusDays(1);
            if (isWorkingDay(t.toLocalDate())) {
                taken++;
            }
        }
        return t.toInstant();
    }

    /** Working days that start after {@code from}'s day and up to {@code to}'s day, both in UTC. */
    public int workingDaysBetween(Instant from, Instant to) {
        LocalDate day = from.atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate last = to.atZone(ZoneOffset.UTC).toLocalDate();
        int count = 0;
        while (day.isBefore(last)) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
