package com.tierline.api;

import com.tierline.notification.domain.Notification;
import com.tierline.notification.service.Notifications;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's own notices, as the bell lists them: read, and mark read one by one or all at once. */
@RestController
@RequestMapping(path = "/api/v1/notifications", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Notifications", description = "Your notices: what happened on your cases")
@SecurityRequirement(name = "basic")
class NotificationsApi {

    static final int MAX_LIMIT = 200;

    private final Notifications notifications;

    NotificationsApi(Notifications notifications) {
        this.notifications = notifications;
    }

    @Schema(description = "One notice; kind the code, kindLabel the same in words; readAt absent while unread")
    record NoticeResponse(long id, String kind, String kindLabel, String caseReference, String subject, String body,
            Instant createdAt, boolean unread, Instant readAt) {

        static NoticeResponse of(Notification n) {
            return new NoticeResponse(n.getId(), n.getKind().name(), n.getKind().label(), n.getCaseReference(),
                    n.getSubject(), n.getBody(), n.getCreatedAt(), n.isUnread(), n.getReadAt());
        }
    }

    @Schema(description = "Your notices, newest first, and how many of all your notices are unread")
    record NoticesResponse(long unread, List<NoticeResponse> notifications) {
    }

    @Operation(operationId = "listNotifications",
            summary = "Your notifications, newest first",
            description = "Only your own. limit is 1 to " + MAX_LIMIT + " (default 50); unread counts all your "
                    + "unread notices, not only those on this page.")
    @ApiResponse(responseCode = "200", description = "Your notices, newest first, and your unread count",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = NoticesResponse.class)))
    @ApiResponse(responseCode = "400", description = "limit is not a whole number from 1 to " + MAX_LIMIT
            + " (errors names it)")
    @GetMapping
    NoticesResponse mine(@Parameter(description = "How many notices at most, 1 to " + MAX_LIMIT, example = "50")
            @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new LimitException(limit);
        }
        return new NoticesResponse(notifications.unreadCount(),
                notifications.mine(limit).stream().map(NoticeResponse::of).toList());
    }

    @Operation(operationId = "markNotificationRead",
            summary = "Mark one of your notifications read",
            description = "Marking a notice that is already read changes nothing. Another person's notice answers "
                    + "404, as an unknown one does.")
    @ApiResponse(responseCode = "204", description = "Marked read")
    @ApiResponse(responseCode = "404", description = "You have no notification with this id")
    @PostMapping("/{id}/read")
    ResponseEntity<Void> markRead(
            @Parameter(description = "The notice's id, as in the notifications list", example = "12")
            @PathVariable long id) {
        notifications.markRead(id);
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "markAllNotificationsRead",
            summary = "Mark all your notifications read",
            description = "Only yours; nobody else's change.")
    @ApiResponse(responseCode = "204", description = "All marked read")
    @PostMapping("/read-all")
    ResponseEntity<Void> markAllRead() {
        notifications.markAllRead();
        return ResponseEntity.noContent().build();
    }

    /** The service's answer for a notice that is not the caller's (or does not exist): one 404 for both. */
    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notYours(NoSuchElementException e) {
        return ActionProblems.problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage() + ".");
    }

    @ExceptionHandler(LimitException.class)
    ProblemDetail badLimit(LimitException e) {
        ProblemDetail problem = ActionProblems.problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage());
        problem.setProperty("errors", List.of(new ApiErrors.FieldProblem("limit", e.getMessage())));
        return problem;
    }

    static class LimitException extends RuntimeException {
        LimitException(int limit) {
            super("limit must be between 1 and " + MAX_LIMIT + " (got " + limit + ").");
        }
    }
}
