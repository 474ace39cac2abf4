package com.tierline.document.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseDocumentRepository extends JpaRepository<CaseDocument, Long> {

    List<CaseDocument> findByCaseReferenceOrderByUploadedAtAscIdAsc(String caseReference);

    List<CaseDocument> findByAppealReferenceOrderByUploadedAtAscIdAsc(String appealReference);

    List<CaseDocument> findByAppealReferenceInOrderByUploadedAtAscIdAsc(java.util.Collection<String> appealReferences);
}
