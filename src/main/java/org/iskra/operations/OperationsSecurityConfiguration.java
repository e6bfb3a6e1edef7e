package org.iskra.operations;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The Actuator's filter chain, for {@code /actuator/**}, before the desk's and the public site's.
 * Health and its probes ({@code /actuator/health/liveness}, {@code /readiness}) are open, since
 * load balancers and orchestrators call them without credentials, and say only UP or DOWN. Metrics
 * need {@code Authorization: Bearer} with {@code iskra.operations.metrics-token}: they describe
 * traffic and queues, and a rule by client address would let everything through behind a reverse
 * proxy on the same host. Everything else under {@code /actuator} is refused. Stateless, no CSRF
 * (reads only).
 */
@Configuration
@ConditionalOnWebApplication
class OperationsSecurityConfiguration {

  @Bean
  @Order(0)
  SecurityFilterChain operations(HttpSecurity http, OperationsSettings settings) throws Exception {
    byte[] token = settings.metricsToken().getBytes(StandardCharsets.UTF_8);
    http.securityMatcher("/actuator", "/actuator/**")
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/actuator/health", "/actuator/health/**")
                    .permitAll()
                    .requestMatchers("/actuator/prometheus")
                    .access(
                        (authentication, context) ->
                            new AuthorizationDecision(bearer(context.getRequest(), token)))
                    .anyRequest()
                    .denyAll())
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        // Anonymous and refused alike: the metrics ask for the token, the rest does not exist.
        .exceptionHandling(
            exceptions ->
                exceptions
                    .authenticationEntryPoint((request, response, e) -> refuse(request, response))
                    .accessDeniedHandler((request, response, e) -> refuse(request, response)));
    return http.build();
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean metrics = request.getRequestURI().equals("/actuator/prometheus");
    response.setStatus(metrics ? HttpStatus.UNAUTHORIZED.value() : HttpStatus.NOT_FOUND.value());
    if (metrics) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"metrics\"");
    }
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().write(metrics ? "The metrics token is required.\n" : "Not found.\n");
  }

  /** Compared in constant time; an empty token matches nothing. */
  static boolean bearer(HttpServletRequest request, byte[] token) {
    String header = request.getHeader("Authorization");
    if (token.length == 0 || header == null || !header.startsWith("Bearer ")) {
      return false;
    }
    return MessageDigest.isEqual(
        token, header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8));
  }
}
