package com.tierline;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/** Keeps DESIGN.md's layout honest: views → services → repositories/engine, no feature cycles, pure screening. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("com.tierline");

    @Test
    void layersOnlyCallDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("UI").definedBy("com.tierline..ui..", "com.tierline.shell..")
                .layer("Service").definedBy("com.tierline..service..")
                .layer("Domain").definedBy("com.tierline..domain..")
                .layer("API").definedBy("com.tierline.api..")
                .whereLayer("UI").mayNotBeAccessedByAnyLayer()
                .whereLayer("API").mayNotBeAccessedByAnyLayer()
                .whereLayer("Service").mayOnlyBeAccessedByLayers("UI", "API")
                .whereLayer("Domain").mayOnlyBeAccessedByLayers("Service", "UI", "API")
                .check(CLASSES);
    }

    @Test
    void viewsNeverTalkToRepositoriesOrTheEngineDirectly() {
        noClasses().that().resideInAPackage("com.tierline..ui..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().resideInAPackage("org.flowable..")
                .check(CLASSES);
    }

    @Test
    void screeningDependsOnNothingElseInTheProject() {
        noClasses().that().resideInAPackage("com.tierline.screening..")
                .should().dependOnClassesThat().resideInAnyPackage("com.tierline.application..",
                        "com.tierline.review..", "com.tierline.audit..", "com.tierline.identity..",
                        "com.tierline.appeal..", "com.tierline.api..", "com.tierline.shell..")
                .check(CLASSES);
    }

    @Test
    void screeningDomainIsPlainJava() {
        // The package's own annotation naming it a module interface is a label for the build's checks, not code.
        noClasses().that().resideInAPackage("com.tierline.screening.domain..").and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "com.vaadin..", "org.flowable..", "java.io..", "java.nio..", "java.net..", "java.sql..")
                .check(CLASSES);
    }

    /** Issue 12: engine calls with raw task keys sat in four services; now one seam holds keys and refusals. */
    @Test
    void onlyTheCaseProcessSeamTalksToTheEnginesRuntimeAndTasks() {
        noClasses().that().resideOutsideOfPackage("com.tierline.caseprocess..")
                .should().dependOnClassesThat().areAssignableTo(org.flowable.engine.RuntimeService.class)
                .orShould().dependOnClassesThat().areAssignableTo(org.flowable.engine.TaskService.class)
                .check(CLASSES);
    }

    /** The seam knows no feature, so every feature may use it without a cycle. */
    @Test
    void theCaseProcessSeamDependsOnNoFeature() {
        noClasses().that().resideInAPackage("com.tierline.caseprocess..")
                .should().dependOnClassesThat().resideInAnyPackage("com.tierline.application..",
                        "com.tierline.review..", "com.tierline.appeal..", "com.tierline.audit..",
                        "com.tierline.identity..", "com.tierline.api..", "com.tierline.shell..")
                .check(CLASSES);
    }

    /** A case's status follows the engine through one mapping; review, appeal and filing code never set it. */
    @Test
    void onlyTheStatusMappingMovesACasesStatus() {
        noClasses().that().doNotHaveFullyQualifiedName("com.tierline.application.service.CaseStatusMapping")
                .should().callMethod(com.tierline.application.domain.LicenceApplication.class, "followProcess",
                        com.tierline.application.domain.ApplicationStatus.class)
                .check(CLASSES);
    }

    /**
     * The decision history sits below every feature that acts on a case: it learns the facts of each act from the
     * act's event and asks the case's owner who may read it, so review, appeal, rfi and application may all use it.
     */
    @Test
    void theDecisionHistoryKnowsNoFeatureThatActsOnACase() {
        noClasses().that().resideInAPackage("com.tierline.history..")
                .should().dependOnClassesThat().resideInAnyPackage("com.tierline.application..",
                        "com.tierline.review..", "com.tierline.appeal..", "com.tierline.rfi..", "com.tierline.sla..",
                        "com.tierline.audit..", "com.tierline.api..", "com.tierline.letters..")
                .check(CLASSES);
    }

    @Test
    void featuresHaveNoCycles() {
        slices().matching("com.tierline.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theSharedKernelDependsOnNoFeature() {
        noClasses().that().resideInAPackage("com.tierline.shared..")
                .should().dependOnClassesThat().resideInAnyPackage("com.tierline.application..",
                        "com.tierline.review..", "com.tierline.audit..", "com.tierline.identity..",
                        "com.tierline.screening..", "com.tierline.shell..")
                .check(CLASSES);
    }

    @Test
    void noFeatureUsesAnotherFeaturesRepository() {
        classes().that().resideInAPackage("com.tierline..").should(new ArchCondition<JavaClass>(
                "use only the repositories of their own feature") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String own = feature(item);
                for (Dependency d : item.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass();
                    if (target.getSimpleName().endsWith("Repository") && target.getPackageName()
                            .startsWith("com.tierline.") && !feature(target).equals(own)) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        }).check(CLASSES);
    }

    /** "application" for com.tierline.application.service.ApplicationService. */
    private static String feature(JavaClass c) {
        String name = c.getPackageName();
        return name.startsWith("com.tierline.") ? name.substring("com.tierline.".length()).split("\\.")[0] : "";
    }
}
