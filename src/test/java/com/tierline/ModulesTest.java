package com.tierline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Spring Modulith's model of the features: no cycles between them, and only their domain, service and ui
 * packages reached from outside. The README's module picture is drawn from the same model, so it cannot go stale.
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(TierlineApplication.class);

    @Test
    void featuresFormADirectedAcyclicGraphReachedOnlyThroughTheirLayers() {
        MODULES.verify();
    }

    @Test
    void theReadmePictureIsTheModuleModel() throws IOException {
        String picture = mermaid();
        String readme = Files.readString(Path.of("README.md"));
        assertThat(readme).as("README.md's architecture picture; replace it with:%n%s", picture).contains(picture);
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }

    /**
     * One arrow per module dependency, modules in name order, so the text is stable. The shell (navigation) and the
     * demo data reach every feature and the shared kernel is reached by all; drawing them would hide the rest.
     */
    static String mermaid() {
        String edges = MODULES.stream().sorted(java.util.Comparator.comparing(ApplicationModule::getName))
                .filter(m -> !m.getName().equals("shell") && !m.getName().equals("demo"))
                .flatMap(m -> m.getDirectDependencies(MODULES).uniqueModules()
                        .filter(d -> !d.getName().equals("shared"))
                        .map(ApplicationModule::getName).sorted().distinct()
                        .map(d -> "  " + m.getName() + " --> " + d))
                .collect(Collectors.joining("\n"));
        return "```mermaid\nflowchart LR\n" + edges + "\n```";
    }
}
