package com.tierline.rfi.service;

import com.tierline.rfi.domain.RequestForInformation;
import com.tierline.rfi.domain.RequestForInformationRepository;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The question last asked on a case, for the steps that follow it without a person signed in (the reply chaser, the
 * deadline's withdrawal) and run inside the process's transaction; people read questions through
 * {@link InformationRequests#requestsFor}.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY, readOnly = true)
public class QuestionsAsked {

    private final RequestForInformationRepository requests;

    QuestionsAsked(RequestForInformationRepository requests) {
        this.requests = requests;
    }

    public Optional<RequestForInformation> latest(long applicationId) {
        List<RequestForInformation> asked = requests.findByApplicationIdOrderByAskedAtAscIdAsc(applicationId);
        return asked.isEmpty() ? Optional.empty() : Optional.of(asked.get(asked.size() - 1));
    }
}
