package com.tierline.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The document's head; the problems every operation shares are added by {@link ProblemResponses}. */
@Configuration
class OpenApiConfiguration {

    @Bean
    OpenAPI tierlineOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Tierline API").version("v1").description("""
                        File and follow export-licence applications for advanced AI chips from your own systems. \
                        Authenticate with HTTP Basic using your Tierline user; you see only your organisation's \
                        applications. Errors are RFC 7807 problem documents with a field-level `errors` list."""))
                // Deny by default, as the filter chain does: an operation open to anyone says so itself.
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
    }
}
