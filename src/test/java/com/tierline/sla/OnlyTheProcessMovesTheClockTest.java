package com.tierline.sla;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tierline.sla.service.SlaClock;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: filing and review code started, paused and resumed the clock by calling it. Now the process does, through
 * the listeners the BPMN names; other features only read the clock's history.
 */
class OnlyTheProcessMovesTheClockTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("com.tierline");

    @Test
    void noFeatureOutsideSlaMovesTheClock() {
        noClasses().that().resideOutsideOfPackage("com.tierline.sla..")
                .should().callMethodWhere(DescribedPredicate.describe("move the SLA clock",
                        (JavaMethodCall call) -> call.getTargetOwner().isAssignableTo(SlaClock.class)
                                // Reading its history or its working calendar moves nothing.
                                && !call.getName().startsWith("history") && !call.getName().equals("calendar")))
                .check(CLASSES);
    }

    @Test
    void applicationAndTheEngineSeamDoNotKnowTheClock() {
        noClasses().that().resideInAnyPackage("com.tierline.application..", "com.tierline.caseprocess..")
                .should().dependOnClassesThat().resideInAPackage("com.tierline.sla..")
                .check(CLASSES);
    }
}
