package com.tierline.api;

import com.tierline.application.service.ApplicationService;
import com.tierline.application.service.CaseDetails;
import com.tierline.application.service.CaseNotFoundException;
import com.tierline.document.service.DocumentStore;
import com.tierline.history.service.CaseHistoryLog;
import com.tierline.identity.domain.Role;
import com.tierline.identity.service.CurrentUser;
import com.tierline.rfi.service.InformationRequests;
import org.springframework.stereotype.Component;

/**
 * One application as the API answers it after any operation on it, from the services the browser's case page
 * reads: the case, its questions, documents and decision history, and (for its exporter) the particulars as filed.
 */
@Component
class ApplicationReader {

    private final ApplicationService applications;
    private final InformationRequests informationRequests;
    private final DocumentStore documents;
    private final CaseHistoryLog history;
    private final CurrentUser currentUser;

    ApplicationReader(ApplicationService applications, InformationRequests informationRequests,
            DocumentStore documents, CaseHistoryLog history, CurrentUser currentUser) {
        this.applications = applications;
        this.informationRequests = informationRequests;
        this.documents = documents;
        this.history = history;
        this.currentUser = currentUser;
    }

    /** The case, or 404 for one the caller may not see (another organisation's looks unknown). */
    CaseDetails find(String reference) {
        return applications.find(reference).orElseThrow(() -> new CaseNotFoundException(reference));
    }

    ApplicationResponse read(String reference) {
        CaseDetails found = find(reference);
        // The particulars as filed are the exporter's own; officers read the case through their own screens.
        ApplicationBody filed = currentUser.require().has(Role.EXPORTER)
                ? AsFiled.of(applications.loadDraft(reference)) : null;
        return ApplicationResponse.of(found, informationRequests.requestsFor(reference), documents.forCase(reference),
                history.of(reference), filed);
    }
}
