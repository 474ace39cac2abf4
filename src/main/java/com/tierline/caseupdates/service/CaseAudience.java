package com.tierline.caseupdates.service;

import com.tierline.application.domain.LicenceApplication;
import com.tierline.application.service.CaseRecords;
import com.tierline.identity.service.People;
import com.tierline.identity.service.People.Person;
import com.tierline.notification.domain.NotificationKind;
import com.tierline.notification.service.Notifications;
import com.tierline.notification.service.Notifications.Attachment;
import com.tierline.notification.service.Notifications.Notice;
import com.tierline.notification.service.Notifications.Recipient;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Who hears of a case, and the telling itself: each person gets a notice of their own, greeted by name, with a link
 * to where they act on it. Dates are written out in UTC, as a mail is read outside any browser whose zone we know.
 */
@Component
class CaseAudience {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm 'UTC'",
            Locale.UK).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private final CaseRecords cases;
    private final People people;
    private final Notifications notifications;
    private final Environment environment;

    CaseAudience(CaseRecords cases, People people, Notifications notifications, Environment environment) {
        this.cases = cases;
        this.people = people;
        this.notifications = notifications;
        this.environment = environment;
    }

    LicenceApplication caseOf(long applicationId) {
        return cases.find(applicationId).orElseThrow();
    }

    LicenceApplication caseOf(String reference) {
        return cases.find(reference).orElseThrow();
    }

    /** The active exporters of the organisation that filed the case. */
    List<Person> exportersOf(LicenceApplication application) {
        return people.exportersOf(application.getOrganisation().getId());
    }

    /** The reviewer holding the case or, when nobody holds it (or the holder left), the team that may pick it up. */
    List<Person> holderOrTeam(LicenceApplication application) {
        return people.reviewer(application.getAssignee()).map(List::of)
                .orElseGet(() -> reviewersOf(application));
    }

    /** The case team's active reviewers. */
    List<Person> reviewersOf(LicenceApplication application) {
        return people.reviewersOf(application.getTeamCode());
    }

    List<Person> reviewer(String username) {
        return people.reviewer(username).stream().toList();
    }

    List<Person> seniorReviewers() {
        return people.seniorReviewers();
    }

    /** Tells each of {@code who}; {@code values} fill the kind's template, with {@code name} added per person. */
    void tell(List<Person> who, NotificationKind kind, String caseReference, Map<String, String> values,
            Attachment attachment) {
        for (Person person : who) {
            Map<String, String> theirs = new HashMap<>(values);
            theirs.put("name", person.displayName());
            notifications.notify(new Notice(List.of(new Recipient(person.username(), person.email())), kind,
                    caseReference, theirs, attachment));
        }
    }

    /** An absolute link into the application, from the configured public URL (known once the server runs). */
    String link(String route) {
        String base = environment.getRequiredProperty("tierline.public-url");
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/" + route;
    }

    String exporterLink(String reference) {
        return link("applications/" + reference);
    }

    String reviewerLink(String reference) {
        return link("review/" + reference);
    }

    /** "4 December 2026, 17:00 UTC". */
    static String moment(Instant instant) {
        return MOMENT.format(instant);
    }

    /** "4 December 2027". */
    static String day(LocalDate date) {
        return DAY.format(date);
    }
}
