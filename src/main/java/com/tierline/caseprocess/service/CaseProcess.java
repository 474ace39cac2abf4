package com.tierline.caseprocess.service;

import static com.tierline.caseprocess.service.ProcessKeys.*;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.Execution;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one seam to Flowable's runtime and task services, for both processes. Callers say what happens to a case
 * ("the review approves", "the exporter answered") and hold no process keys, task keys or variable names; an
 * engine refusal (the step was taken a moment ago, a concurrent change) comes back as a sentence. Every method
 * runs in its caller's transaction, so the case row and the engine move together or not at all.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class CaseProcess {

    private final RuntimeService runtime;
    private final TaskService tasks;

    CaseProcess(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /** Starts a filed (or reopened) case's process, which pre-screens it at once; returns the instance id. */
    public String start(String reference, long applicationId, String teamCode, String exporterGroup) {
        return runtime.startProcessInstanceByKey(LICENCE_APPLICATION, reference, Map.of(APPLICATION_ID,
                applicationId, TEAM_CODE, teamCode, EXPORTER_GROUP, exporterGroup)).getId();
    }

    /** The step the case (or appeal) waits at for a person, if any. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<OpenStep> openStep(String processInstanceId) {
        if (processInstanceId == null) {
            return Optional.empty();
        }
        Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).active().singleResult();
        return Optional.ofNullable(task).map(CaseProcess::step);
    }

    public void claim(String reference, String processInstanceId, String reviewer) {
        Task task = requireOpenTask(reference, processInstanceId);
        refusing(reference, () -> {
            tasks.claim(task.getId(), reviewer);
            return null;
        });
    }

    public void release(String reference, String processInstanceId) {
        Task task = requireOpenTask(reference, processInstanceId);
        refusing(reference, () -> {
            tasks.unclaim(task.getId());
            return null;
        });
    }

    /** Hands the open step to another person (a reassignment, or the claim returned after a reply). */
    public void assign(String reference, String processInstanceId, String reviewer) {
        Task task = requireOpenTask(reference, processInstanceId);
        refusing(reference, () -> {
            tasks.setAssignee(task.getId(), reviewer);
            return null;
        });
    }

    /** Completes the review step with an approval or a denial; the process ends accordingly. */
    public void completeReview(String reference, String processInstanceId, ReviewOutcome outcome) {
        if (outcome == ReviewOutcome.REQUEST_INFORMATION || outcome == ReviewOutcome.ESCALATE) {
            throw new IllegalArgumentException(outcome + " has its own step: raiseRfi or escalate");
        }
        complete(reference, processInstanceId, Map.of(DECISION, outcome.name()), Map.of());
    }

    /** The review asks the exporter; the reply timer runs until {@code replyDeadline}. */
    public void raiseRfi(String reference, String processInstanceId, Instant replyDeadline) {
        complete(reference, processInstanceId, Map.of(DECISION, ReviewOutcome.REQUEST_INFORMATION.name()),
                Map.of(REPLY_DEADLINE, Date.from(replyDeadline)));
    }

    /** Sends the case to senior review. */
    public void escalate(String reference, String processInstanceId) {
        complete(reference, processInstanceId, Map.of(DECISION, ReviewOutcome.ESCALATE.name()), Map.of());
    }

    /**
     * The exporter answered: the case is re-screened and returns to review, held by {@code returnTo} (the reviewer
     * who asked) when given. Refused when the reply deadline passed first.
     *
     * @return the review step the case is back at
     */
    public Optional<OpenStep> answerRfi(String reference, String processInstanceId, String returnTo) {
        Task waiting = tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(AWAIT_EXPORTER).singleResult();
        if (waiting == null) {
            throw new CaseStepRefusedException("The reply deadline for " + reference + " has passed.");
        }
        refusing(reference, () -> {
            tasks.complete(waiting.getId());
            return null;
        });
        Optional<OpenStep> back = openStep(processInstanceId).filter(OpenStep::isReview);
        if (back.isPresent() && returnTo != null) {
            assign(reference, processInstanceId, returnTo);
            return openStep(processInstanceId);
        }
        return back;
    }

    /** The exporter withdraws the case at whatever open point it is. */
    public void withdraw(String reference, String processInstanceId, String by) {
        withdraw(reference, processInstanceId, by, null);
    }

    /** The same, with the exporter's reason for the record ({@code reason} null when none was asked for). */
    public void withdraw(String reference, String processInstanceId, String by, String reason) {
        Execution subscribed = runtime.createExecutionQuery().processInstanceId(processInstanceId)
                .messageEventSubscriptionName(WITHDRAW_MESSAGE).singleResult();
        if (subscribed == null) {
            throw new CaseStepRefusedException(reference + " has no open step left to withdraw from.");
        }
        refusing(reference, () -> {
            Map<String, Object> variables = new HashMap<>(Map.of(WITHDRAWN_BY, by));
            if (reason != null) {
                variables.put(WITHDRAWAL_REASON, reason);
            }
            runtime.messageEventReceived(WITHDRAW_MESSAGE, subscribed.getId(), variables);
            return null;
        });
    }

    /** Starts an appeal's process; {@code applicationId} is the denied case's, null for a tier-upgrade petition. */
    public String startAppeal(String appealReference, long appealId, Long applicationId) {
        Map<String, Object> variables = new HashMap<>(Map.of(APPEAL_ID, appealId));
        if (applicationId != null) {
            variables.put(APPLICATION_ID, applicationId);
        }
        return runtime.startProcessInstanceByKey(APPEAL, appealReference, variables).getId();
    }

    /** True if the appeal waits at its first review ({@code panel} false) or at the panel. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public boolean appealAt(String processInstanceId, boolean panel) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(panel ? APPEAL_PANEL : APPEAL_REVIEW).count() > 0;
    }

    /** Completes the appeal's review or panel step with its outcome. */
    public void completeAppeal(String appealReference, String processInstanceId, boolean panel,
            AppealOutcome outcome) {
        Task task = tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(panel ? APPEAL_PANEL : APPEAL_REVIEW).singleResult();
        if (task == null) {
            throw new CaseStepRefusedException(appealReference + " is not at the " + (panel ? "panel" : "review")
                    + " stage.");
        }
        refusing(appealReference, () -> {
            tasks.complete(task.getId(), Map.of(OUTCOME, outcome.name()));
            return null;
        });
    }

    private void complete(String reference, String processInstanceId, Map<String, Object> variables,
            Map<String, Object> transientVariables) {
        Task task = requireOpenTask(reference, processInstanceId);
        refusing(reference, () -> {
            tasks.complete(task.getId(), variables, transientVariables);
            return null;
        });
    }

    private Task requireOpenTask(String reference, String processInstanceId) {
        Task task = processInstanceId == null ? null
                : tasks.createTaskQuery().processInstanceId(processInstanceId).active().singleResult();
        if (task == null) {
            throw new CaseStepRefusedException(reference + " has no open step.");
        }
        return task;
    }

    /** Engine refusals in words: the step a person meant to take is no longer there to take. */
    private static <T> T refusing(String reference, Supplier<T> call) {
        try {
            return call.get();
        } catch (FlowableTaskAlreadyClaimedException claimed) {
            throw new CaseStepRefusedException(reference + " was just claimed by " + claimed.getTaskAssignee()
                    + ".", claimed);
        } catch (FlowableObjectNotFoundException | FlowableOptimisticLockingException concurrent) {
            throw new CaseStepRefusedException("Someone else changed " + reference
                    + " at the same moment; try it again.", concurrent);
        }
    }

    private static OpenStep step(Task task) {
        return new OpenStep(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getAssignee());
    }
}
