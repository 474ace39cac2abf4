package com.tierline.webhook.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tierline.identity.domain.AppUser;
import com.tierline.identity.domain.AppUserRepository;
import com.tierline.identity.domain.Organisation;
import com.tierline.identity.domain.OrganisationRepository;
import com.tierline.identity.domain.Role;
import com.tierline.support.Cases;
import com.tierline.support.SignIn;
import com.tierline.support.TierlineIT;
import com.tierline.webhook.domain.WebhookDelivery.Outcome;
import com.tierline.webhook.domain.WebhookDeliveryRepository;
import com.tierline.webhook.service.Webhooks.Delivery;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Webhooks end to end: a demo case's status changes, a receiver on a loopback port gets the signed event, and the
 * delivery log tells the organisation administrator what happened. Each test has an organisation of its own, so
 * its endpoints get only its own cases' events.
 */
@TierlineIT
class WebhooksIT {

    @Autowired Webhooks webhooks;
    @Autowired WebhookDispatcher dispatcher;
    @Autowired WebhookDeliveryRepository deliveryRows;
    @Autowired UserDetailsService users;
    @Autowired AppUserRepository accounts;
    @Autowired OrganisationRepository organisations;
    @Autowired ApplicationContext context;
    @Autowired Clock clock;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    final ObjectMapper json = new ObjectMapper();
    final Receiver receiver = new Receiver();
    String admin;
    String exporter;

    @BeforeEach
    void anOrganisationWithItsAdministratorAndAnExporter() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        Organisation organisation = organisations.save(new Organisation("Webhook Test " + id, "US"));
        admin = "hookadmin-" + id;
        exporter = "hookexporter-" + id;
        accounts.save(new AppUser(admin, "{noop}unused", "Hana Hook", Set.of(Role.EXPORTER, Role.ORG_ADMIN))
                .inOrganisation(organisation));
        accounts.save(new AppUser(exporter, "{noop}unused", "Eko Exporter", Set.of(Role.EXPORTER))
                .inOrganisation(organisation));
    }

    @AfterEach
    void closeTheReceiverAndSignOut() {
        receiver.close();
        SignIn.out();
    }

    @Test
    void aCaseStatusChangeReachesTheEndpointAsJsonSignedWithTheSecretShownAtCreation() throws Exception {
        Webhooks.WithSecret endpoint = added(receiver.url());

        String reference = Cases.in(context).filed(exporter, "SA");
        dispatcher.sendDue(clock.instant());

        List<Receiver.Received> events = receiver.about(reference);
        assertThat(events).isNotEmpty();
        for (Receiver.Received event : events) {
            assertThat(event.header("Content-Type")).isEqualTo("application/json");
            String timestamp = event.header("Tierline-Webhook-Timestamp");
            assertThat(Long.parseLong(timestamp)).isCloseTo(clock.instant().getEpochSecond(),
                    org.assertj.core.data.Offset.offset(120L));
            assertThat(event.header("Tierline-Webhook-Signature"))
                    .isEqualTo("v1=" + hmacSha256Hex(endpoint.secret(), timestamp + "." + event.body()));
            JsonNode body = json.readTree(event.body());
            assertThat(body.path("id").asText()).isEqualTo(event.header("Tierline-Webhook-Id"));
            assertThat(body.path("type").asText()).isEqualTo("application.status_changed");
            assertThat(Instant.parse(body.path("occurredAt").asText())).isBeforeOrEqualTo(clock.instant());
            assertThat(body.path("data").path("reference").asText()).isEqualTo(reference);
        }
        JsonNode filed = json.readTree(events.get(0).body()).path("data");
        assertThat(filed.path("from").path("code").asText()).isEqualTo("draft");
        assertThat(filed.path("from").path("label").asText()).isEqualTo("Draft");
        assertThat(filed.path("to").path("code").asText()).isEqualTo("submitted");
        assertThat(filed.path("to").path("label").asText()).isEqualTo("Submitted");
        assertThat(events).extracting(e -> e.header("Tierline-Webhook-Id")).doesNotHaveDuplicates();
        assertThat(events.get(0).body()).doesNotContain(exporter).doesNotContain("reviewer");

        List<Delivery> log = logOf(endpoint);
        assertThat(log).hasSize(events.size()).allSatisfy(d -> {
            assertThat(d.outcome()).isEqualTo(Outcome.DELIVERED);
            assertThat(d.lastAttempt().httpStatus()).isEqualTo(204);
        });
        assertThat(log).extracting(Delivery::summary).contains(reference + " moved from Draft to Submitted");
    }

    @Test
    void aFailingEndpointIsRetriedAfterTheBackOffAndThenDelivered() {
        Webhooks.WithSecret endpoint = added(receiver.url());
        String reference = Cases.in(context).filed(exporter, "SA");
        int events = logOf(endpoint).size();
        receiver.answering(500, events);
        Instant first = clock.instant();

        assertThat(dispatcher.sendDue(first)).isEqualTo(events);
        assertThat(logOf(endpoint)).allSatisfy(d -> {
            assertThat(d.outcome()).isEqualTo(Outcome.PENDING);
            assertThat(d.lastAttempt().httpStatus()).isEqualTo(500);
            assertThat(d.lastAttempt().responseExcerpt()).isEqualTo("receiver is down");
            assertThat(d.nextAttemptAt()).isEqualTo(first.plus(Duration.ofMinutes(1)));
        });
        assertThat(dispatcher.sendDue(first.plusSeconds(59))).as("not due before the minute is up").isZero();

        assertThat(dispatcher.sendDue(first.plusSeconds(61))).isEqualTo(events);

        assertThat(logOf(endpoint)).allSatisfy(d -> {
            assertThat(d.outcome()).isEqualTo(Outcome.DELIVERED);
            assertThat(d.attempts()).extracting(Webhooks.Attempt::httpStatus).containsExactly(500, 204);
            assertThat(d.nextAttemptAt()).isNull();
        });
        assertThat(receiver.about(reference)).hasSize(2 * events);
    }

    @Test
    void anEndpointThatNeverAnswersWellIsGivenUpAfterSixAttemptsOnTheScheduleOfItsRow() {
        Webhooks.WithSecret endpoint = added(receiver.url());
        Cases.in(context).filed(exporter, "SA");
        int events = logOf(endpoint).size();
        receiver.answering(503, 6 * events);

        Instant at = clock.instant();
        dispatcher.sendDue(at);
        for (Duration wait : WebhookDispatcher.BACK_OFF) {
            at = at.plus(wait);
            assertThat(dispatcher.sendDue(at.minusSeconds(1))).isZero();
            assertThat(dispatcher.sendDue(at)).isEqualTo(events);
        }

        assertThat(logOf(endpoint)).allSatisfy(d -> {
            assertThat(d.outcome()).isEqualTo(Outcome.GIVEN_UP);
            assertThat(d.attemptCount()).isEqualTo(6);
            assertThat(d.attempts()).hasSize(6);
            assertThat(d.nextAttemptAt()).isNull();
        });
        assertThat(dispatcher.sendDue(at.plus(Duration.ofDays(2)))).isZero();
    }

    @Test
    void aRefusedConnectionIsStoredAsItsCodeWithTheRawDetailAndShownInWords() {
        Receiver gone = new Receiver();
        String nobodyListens = gone.url();
        gone.close();
        Webhooks.WithSecret endpoint = added(nobodyListens);
        Cases.in(context).filed(exporter, "SA");
        dispatcher.sendDue(clock.instant());

        assertThat(logOf(endpoint)).isNotEmpty().allSatisfy(d -> {
            assertThat(d.outcome()).isEqualTo(Outcome.PENDING);
            assertThat(d.lastAttempt().error()).startsWith("refused: ConnectException");
            assertThat(WebhookFailure.describe(null, d.lastAttempt().error())).isEqualTo("Connection refused");
        });
    }

    @Test
    void aSecretThisNodeCannotReadIsAFailedAttemptOnTheRecordAndTheOtherEndpointsStillGetTheirEvents() {
        Webhooks.WithSecret unreadable = added(receiver.url());
        Webhooks.WithSecret readable = added(receiver.url());
        // As if stored by a node with another webhook key: the same length, one hex digit changed, so the tag fails.
        jdbc.update("update webhook_endpoint set secret_encrypted = concat(substring(secret_encrypted, 1, "
                + "length(secret_encrypted) - 1), case when right(secret_encrypted, 1) = '0' then '1' else '0' end) "
                + "where id = ?", unreadable.endpoint().id());
        String reference = Cases.in(context).filed(exporter, "SA");

        dispatcher.sendDue(clock.instant());

        assertThat(logOf(unreadable)).isNotEmpty().allSatisfy(d -> {
            assertThat(d.outcome()).isEqualTo(Outcome.PENDING);
            assertThat(d.lastAttempt().error()).startsWith("secret-unreadable");
            assertThat(WebhookFailure.describe(null, d.lastAttempt().error()))
                    .startsWith("Not sent: this node cannot read the endpoint's signing secret");
            assertThat(d.nextAttemptAt()).isNotNull();
        });
        assertThat(logOf(readable)).isNotEmpty().allSatisfy(d -> assertThat(d.outcome()).isEqualTo(Outcome.DELIVERED));
        assertThat(receiver.about(reference)).hasSize(logOf(readable).size());
    }

    @Test
    void aDeliveryClaimedByANodeThatThenStoppedIsSentByAFreshDispatcherOnceTheLeaseRunsOut() {
        Webhooks.WithSecret endpoint = added(receiver.url());
        String reference = Cases.in(context).filed(exporter, "SA");
        Instant now = clock.instant();
        Delivery oldest = last(logOf(endpoint));
        var row = deliveryRows.findById(oldest.id()).orElseThrow();
        // The other node took the lease and died before it sent anything.
        assertThat(deliveryRows.claim(row.getId(), row.getVersion(), now.plus(WebhookDispatcher.LEASE))).isEqualTo(1);
        assertThat(deliveryRows.claim(row.getId(), row.getVersion(), now.plus(WebhookDispatcher.LEASE)))
                .as("a second claim on the version read").isZero();

        dispatcher.sendDue(now);
        assertThat(receiver.about(reference)).extracting(r -> r.header("Tierline-Webhook-Id"))
                .doesNotContain(oldest.eventId());

        WebhookDispatcher restarted = new WebhookDispatcher(deliveryRows,
                context.getBean(com.tierline.webhook.domain.WebhookAttemptRepository.class),
                context.getBean(com.tierline.webhook.domain.WebhookEndpointRepository.class),
                context.getBean(WebhookSecrets.class), context.getBean(WebhookPost.class),
                context.getBean(org.springframework.transaction.PlatformTransactionManager.class), clock);
        assertThat(restarted.sendDue(now.plus(WebhookDispatcher.LEASE).plusSeconds(1))).isEqualTo(1);

        assertThat(receiver.about(reference)).extracting(r -> r.header("Tierline-Webhook-Id"))
                .containsOnlyOnce(oldest.eventId());
        assertThat(deliveryRows.findById(oldest.id()).orElseThrow().getOutcome()).isEqualTo(Outcome.DELIVERED);
    }

    @Test
    void resendMakesANewDeliveryOfTheSameEventAndLeavesTheFirstAsItWas() {
        Webhooks.WithSecret endpoint = added(receiver.url());
        String reference = Cases.in(context).filed(exporter, "SA");
        dispatcher.sendDue(clock.instant());
        Delivery first = last(logOf(endpoint));

        Delivery again = webhooks.resend(first.id());
        dispatcher.sendDue(clock.instant());

        assertThat(again.id()).isNotEqualTo(first.id());
        assertThat(again.resendOf()).isEqualTo(first.id());
        List<Receiver.Received> sameEvent = receiver.about(reference).stream()
                .filter(r -> first.eventId().equals(r.header("Tierline-Webhook-Id"))).toList();
        assertThat(sameEvent).hasSize(2);
        assertThat(sameEvent.get(1).body()).isEqualTo(sameEvent.get(0).body());
        List<Delivery> log = logOf(endpoint);
        assertThat(log.get(0).id()).isEqualTo(again.id());
        assertThat(log.get(0).outcome()).isEqualTo(Outcome.DELIVERED);
        Delivery original = log.stream().filter(d -> d.id() == first.id()).findFirst().orElseThrow();
        assertThat(original.attempts()).isEqualTo(first.attempts());
    }

    @Test
    void aPausedEndpointGetsNothingUntilItIsResumedThenWhatWasWaitingAndNothingRaisedMeanwhile() {
        Webhooks.WithSecret endpoint = added(receiver.url());
        String before = Cases.in(context).filed(exporter, "SA");
        SignIn.as(users, admin);
        Webhooks.Endpoint paused = webhooks.change(endpoint.endpoint().id(), endpoint.endpoint().version(),
                receiver.url(), "Order system", false);
        assertThat(paused.active()).isFalse();

        dispatcher.sendDue(clock.instant());
        String during = Cases.in(context).filed(exporter, "SA");
        dispatcher.sendDue(clock.instant());
        assertThat(receiver.about(before)).isEmpty();

        SignIn.as(users, admin);
        webhooks.change(paused.id(), paused.version(), paused.url(), paused.description(), true);
        dispatcher.sendDue(clock.instant());
        assertThat(receiver.about(before)).isNotEmpty();
        assertThat(receiver.about(during)).isEmpty();
        assertThatThrownBy(() -> webhooks.change(paused.id(), paused.version(), paused.url(), "Stale", true))
                .as("a change from a page that read the endpoint before the last change")
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void everyChangeOfAnEndpointIsAuditedUnderItsAdministrator() {
        Webhooks.WithSecret endpoint = added(receiver.url());
        Webhooks.Endpoint paused = webhooks.change(endpoint.endpoint().id(), endpoint.endpoint().version(),
                receiver.url(), "Order system", false);
        Webhooks.Endpoint resumed = webhooks.change(paused.id(), paused.version(), receiver.url(), "Order system",
                true);
        webhooks.change(resumed.id(), resumed.version(), receiver.url(), "Order system, production", true);
        webhooks.rotateSecret(endpoint.endpoint().id());

        List<String> actions = jdbc.queryForList("select action from audit_event where actor = ? order by sequence",
                String.class, admin);
        assertThat(actions).containsExactly("webhook.added", "webhook.paused", "webhook.resumed", "webhook.changed",
                "webhook.secret-rotated");
        assertThat(jdbc.queryForList("select payload from audit_event where actor = ?", String.class, admin))
                .noneMatch(payload -> payload.contains(endpoint.secret()) || payload.contains("whsec_"));
    }

    @Test
    void theAddressMustBeHttpsExceptOnThisMachineAndARefusalSavesNothing() {
        SignIn.as(users, admin);
        assertThatThrownBy(() -> webhooks.add("http://example.com/hook", "ERP", true))
                .isInstanceOfSatisfying(WebhookRefusedException.class, e -> {
                    assertThat(e.about("url").orElseThrow().code()).isEqualTo("url.https-required");
                });
        assertThatThrownBy(() -> webhooks.add("https://erp.example.com/hook", " ", true))
                .isInstanceOfSatisfying(WebhookRefusedException.class, e ->
                        assertThat(e.about("description").orElseThrow().code()).isEqualTo("description.required"));
        assertThat(webhooks.list()).isEmpty();

        assertThat(webhooks.add("https://erp.example.com/hook", "ERP", true).secret()).matches("whsec_[0-9a-f]{64}");
        assertThat(webhooks.add("http://localhost:9/hook", "Local listener", false).endpoint().active()).isFalse();
        assertThat(webhooks.list()).extracting(Webhooks.Endpoint::url)
                .containsExactly("https://erp.example.com/hook", "http://localhost:9/hook");
    }

    @Test
    void anotherOrganisationsAdministratorCanNeitherSeeNorChangeTheEndpointNorItsDeliveries() {
        Webhooks.WithSecret endpoint = added(receiver.url());
        Cases.in(context).filed(exporter, "SA");
        dispatcher.sendDue(clock.instant());
        long delivery = logOf(endpoint).get(0).id();
        long id = endpoint.endpoint().id();

        Organisation other = organisations.save(new Organisation("Webhook Rival " + UUID.randomUUID(), "US"));
        String rival = "hookrival-" + other.getId();
        accounts.save(new AppUser(rival, "{noop}unused", "Rita Rival", Set.of(Role.EXPORTER, Role.ORG_ADMIN))
                .inOrganisation(other));
        SignIn.as(users, rival);

        assertThat(webhooks.list()).isEmpty();
        assertThatThrownBy(() -> webhooks.deliveries(id)).isInstanceOf(WebhookNotFoundException.class);
        assertThatThrownBy(() -> webhooks.change(id, 0, "https://rival.example/hook", "Mine now", true))
                .isInstanceOf(WebhookNotFoundException.class);
        assertThatThrownBy(() -> webhooks.rotateSecret(id)).isInstanceOf(WebhookNotFoundException.class);
        assertThatThrownBy(() -> webhooks.resend(delivery)).isInstanceOf(WebhookNotFoundException.class);

        SignIn.as(users, exporter);
        assertThatThrownBy(() -> webhooks.list()).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, admin);
        assertThat(webhooks.list()).extracting(Webhooks.Endpoint::url).containsExactly(receiver.url());
    }

    @Test
    void aNewSecretSignsTheNextDeliveriesAndTheOldOneNoLonger() throws Exception {
        Webhooks.WithSecret endpoint = added(receiver.url());
        Webhooks.WithSecret rotated = webhooks.rotateSecret(endpoint.endpoint().id());
        assertThat(rotated.secret()).isNotEqualTo(endpoint.secret());

        String reference = Cases.in(context).filed(exporter, "SA");
        dispatcher.sendDue(clock.instant());

        Receiver.Received event = receiver.about(reference).get(0);
        String signed = event.header("Tierline-Webhook-Timestamp") + "." + event.body();
        assertThat(event.header("Tierline-Webhook-Signature")).isEqualTo("v1=" + hmacSha256Hex(rotated.secret(),
                signed)).isNotEqualTo("v1=" + hmacSha256Hex(endpoint.secret(), signed));
    }

    private Webhooks.WithSecret added(String url) {
        SignIn.as(users, admin);
        return webhooks.add(url, "Order system", true);
    }

    /** The endpoint's delivery log as its administrator reads it, newest first. */
    private List<Delivery> logOf(Webhooks.WithSecret endpoint) {
        SignIn.as(users, admin);
        return webhooks.deliveries(endpoint.endpoint().id());
    }

    private static Delivery last(List<Delivery> newestFirst) {
        return newestFirst.get(newestFirst.size() - 1);
    }

    /** The receiver's side, written here from the README's recipe rather than with the sender's code. */
    static String hmacSha256Hex(String secret, String signed) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }
}
