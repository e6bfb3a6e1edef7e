package org.iskra.api;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.util.unit.DataSize;

/**
 * The third filter chain, for {@code /api/content/**} and {@code /api/admin/**}, before the desk's
 * and the public site's (see {@code account.SecurityConfiguration}). Stateless: the session is
 * never read nor created, so a desk session cookie authenticates nothing here; that is also why
 * CSRF protection is off — a browser cannot attach a key or bearer token on its own.
 */
@Configuration
@ConditionalOnWebApplication
class ApiSecurityConfiguration {

  @Bean
  @Order(0)
  SecurityFilterChain api(
      HttpSecurity http,
      ApiCredentials credentials,
      RateLimiter limiter,
      ApiSettings settings,
      @Value("${spring.servlet.multipart.max-request-size:25MB}") DataSize uploadLimit)
      throws Exception {
    http.securityMatcher("/api/content/**", "/api/admin/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .securityContext(
            context ->
                context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .anonymous(anonymous -> anonymous.disable())
        .exceptionHandling(
            exceptions ->
                exceptions
                    .authenticationEntryPoint(
                        (request, response, e) ->
                            Problems.write(
                                response,
                                request,
                                HttpStatus.UNAUTHORIZED,
                                "Authentication required"))
                    .accessDeniedHandler(
                        (request, response, e) ->
                            Problems.write(
                                response, request, HttpStatus.FORBIDDEN, e.getMessage())))
        .addFilterAfter(
            new ApiAuthenticationFilter(credentials, limiter, settings, uploadLimit.toBytes()),
            SecurityContextHolderFilter.class)
        .headers(
            headers ->
                headers.contentSecurityPolicy(
                    csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
    return http.build();
  }
}
