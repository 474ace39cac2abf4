package com.tierline.rfi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Requests for information build on the case and the engine seam, never the other way round: the exporter's case
 * page reaches the rfi section only through its own extension point, so neither feature names an rfi class.
 */
class RequestsForInformationBoundaryTest {

    @Test
    void theCaseAndTheEngineSeamKnowNothingOfRequestsForInformation() {
        noClasses().that().resideInAnyPackage("com.tierline.application..", "com.tierline.caseprocess..")
                .should().dependOnClassesThat().resideInAPackage("com.tierline.rfi..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("com.tierline"));
    }
}
