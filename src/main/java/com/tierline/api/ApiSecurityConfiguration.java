package com.tierline.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tierline.identity.service.SecondFactorGate;
import com.tierline.identity.service.SecondFactorRequiredException;
import com.tierline.identity.service.SignInThrottledException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The API's own filter chain, ahead of the UI's: HTTP Basic, no session, no CSRF (no cookies to forge), and a
 * problem document instead of a login page when credentials are missing or wrong (401), too often wrong (429 with
 * Retry-After) or cannot be checked (503); never a redirect. The OpenAPI document and
 * Swagger UI are public; everything else under /api needs a signed-in user, and the services decide the rest.
 */
@Configuration
class ApiSecurityConfiguration {

    static final String SECOND_FACTOR = "This account signs in with a second factor (an authenticator app), which "
            + "the API cannot ask for: use Tierline in the browser.";

    static final String[] OPENAPI = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper json, SecondFactorGate secondFactor)
            throws Exception {
        // No second step over HTTP Basic: an account with a second factor is refused (ADR 0009).
        http.authenticationManager(secondFactor.forApi());
        http.securityMatcher(matchers())
                .authorizeHttpRequests(auth -> auth.requestMatchers(OPENAPI).permitAll()
                        .requestMatchers("/api/v1/audit/**").hasRole("AUDITOR")
                        .requestMatchers("/api/v1/admin/**").hasRole("ADMIN")
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.realmName("Tierline API")
                        .authenticationEntryPoint((request, response, e) -> {
                            if (e instanceof InternalAuthenticationServiceException) {
                                // The user store (the database) failed, not the caller's credentials.
                                response.setHeader("Retry-After", "10");
                                write(json, response, HttpStatus.SERVICE_UNAVAILABLE, ApiErrors.DATABASE_DOWN,
                                        request.getRequestURI());
                                return;
                            }
                            if (e instanceof SignInThrottledException throttled) {
                                response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
                                write(json, response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins for "
                                        + "this account or from this address. Try again in "
                                        + throttled.retryAfterSeconds() + " seconds.", request.getRequestURI());
                                return;
                            }
                            if (e instanceof SecondFactorRequiredException) {
                                write(json, response, HttpStatus.UNAUTHORIZED, SECOND_FACTOR,
                                        request.getRequestURI());
                                return;
                            }
                            // Unknown user, wrong password, locked or disabled account: one answer for all, so
                            // that a caller cannot learn which accounts exist or are locked.
                            response.setHeader("WWW-Authenticate", "Basic realm=\"Tierline API\"");
                            write(json, response, HttpStatus.UNAUTHORIZED,
                                    "Sign in with HTTP Basic: your Tierline user name and password.",
                                    request.getRequestURI());
                        }))
                .exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) -> write(json, response,
                        HttpStatus.FORBIDDEN, "Your role may not use this endpoint.", request.getRequestURI())))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable);
        return http.build();
    }

    private static String[] matchers() {
        String[] all = new String[OPENAPI.length + 1];
        all[0] = "/api/**";
        System.arraycopy(OPENAPI, 0, all, 1, OPENAPI.length);
        return all;
    }

    /** Bodies are small JSON documents, or documents up to the multipart limit; anything bigger is refused unread. */
    @Bean
    FilterRegistrationBean<RequestSizeLimit> apiRequestSizeLimit(ObjectMapper json,
            org.springframework.boot.autoconfigure.web.servlet.MultipartProperties multipart) {
        FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(new RequestSizeLimit(
                RequestSizeLimit.MAX_BYTES, multipart.getMaxRequestSize().toBytes(), json));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    static void write(ObjectMapper json, HttpServletResponse response, HttpStatus status, String detail,
            String instance) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(instance));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
