package org.iskra.account;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains: the desk (sign-in required, never cached) and the public site (open to all,
 * cacheable). Both refuse state-changing requests without a CSRF token and send the same strict
 * security headers; the public site runs no script at all.
 *
 * <p>The desk chain, in order: the session's account is re-checked on every request ({@link
 * AccountStateFilter}), CSRF, sign-in throttling ({@link SignInThrottleFilter}), the password form
 * ({@link DeskAuthentication}, then {@link SignInOutcomes}), and authorisation by role. The sign-in
 * pages, its one-time-code step and the first-run {@code /setup} are open to all.
 *
 * <p>A third chain, for the Content and Admin APIs, comes first and lives with them ({@code
 * api.ApiSecurityConfiguration}): it authenticates by key or token only, so {@code account} need
 * not depend on {@code api}.
 */
@Configuration
class SecurityConfiguration {

  /** bcrypt by default, with the algorithm recorded in each hash so it can change later. */
  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  /** The filter chains exist only when serving; commands run without a web server. */
  @Configuration
  @ConditionalOnWebApplication
  static class WebSecurity {

    /** Video embeds in article bodies may come from these players only (see BodySanitiser). */
    static final String VIDEO_FRAMES =
        "https://www.youtube-nocookie.com https://www.youtube.com https://player.vimeo.com";

    static final String CONTENT_SECURITY_POLICY =
        "default-src 'self'; img-src 'self' https: data:; script-src 'self'; style-src 'self';"
            + " frame-src "
            + VIDEO_FRAMES
            + "; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /**
     * The desk runs its own scripts only; the rich-text editor sets inline styles on what it draws,
     * and previews uploads from {@code blob:} addresses.
     */
    static final String DESK_CONTENT_SECURITY_POLICY =
        "default-src 'self'; img-src 'self' https: data: blob:; script-src 'self';"
            + " style-src 'self' 'unsafe-inline'; frame-src 'self' "
            + VIDEO_FRAMES
            + "; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    static final String[] DESK_ROLES = {"ADMIN", "EDITOR", "AUTHOR", "CONTRIBUTOR"};

    /**
     * No observation of each security filter, authentication or authorisation: Iskra exports no
     * traces, and the wrapper Spring Security puts around every filter of a chain otherwise runs on
     * every request that is not a page-cache hit. Requests are still timed as a whole ({@code
     * http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
      return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(1)
    SecurityFilterChain desk(
        HttpSecurity http,
        DeskUsers users,
        PasswordEncoder encoder,
        Accounts accounts,
        Clock clock,
        SignInThrottle throttle,
        SignInOutcomes outcomes,
        DeskSessions sessions,
        AccountStates states,
        ApplicationEventPublisher events)
        throws Exception {
      http.securityMatcher("/desk", "/desk/**", "/login", "/login/**", "/logout", "/setup")
          .authorizeHttpRequests(
              requests ->
                  requests
                      .requestMatchers("/login", "/login/**", "/setup")
                      .permitAll()
                      .requestMatchers(
                          "/desk/audit",
                          "/desk/audit/**",
                          "/desk/users",
                          "/desk/users/**",
                          "/desk/static-copy")
                      .hasRole("ADMIN")
                      .anyRequest()
                      .hasAnyRole(DESK_ROLES))
          // The desk's own manager, without a parent: a wrong password is checked once, and only
          // by DeskAuthentication, which withholds the role until a one-time code is given.
          .authenticationManager(
              new ProviderManager(new DeskAuthentication(users, encoder, accounts, clock)))
          .securityContext(context -> context.securityContextRepository(sessions.repository()))
          .formLogin(
              form ->
                  form.loginPage("/login")
                      .usernameParameter("email")
                      .successHandler(outcomes)
                      .failureHandler(outcomes))
          .addFilterBefore(
              new SignInThrottleFilter(throttle, sessions, events),
              UsernamePasswordAuthenticationFilter.class)
          .addFilterAfter(
              new AccountStateFilter(states, sessions), SecurityContextHolderFilter.class)
          .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(codeFirst()))
          .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signed-out"))
          .sessionManagement(
              session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
      headers(http, DESK_CONTENT_SECURITY_POLICY);
      return http.build();
    }

    /** Someone between password and code is sent to the code step instead of a bare 403. */
    private static AccessDeniedHandler codeFirst() {
      AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();
      return (request, response, denied) -> {
        if (!(denied instanceof CsrfException)
            && SecurityContextHolder.getContext().getAuthentication() instanceof CodePending) {
          response.sendRedirect("/login/code");
        } else {
          forbidden.handle(request, response, denied);
        }
      };
    }

    @Bean
    @Order(2)
    SecurityFilterChain publicSite(HttpSecurity http) throws Exception {
      http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
          // Machine-to-machine and one-click (RFC 8058) posts carry no CSRF token; each of these
          // endpoints authenticates the request itself: webhooks by their HMAC signature, the
          // unsubscribe post by its signed token.
          .csrf(
              csrf ->
                  csrf.ignoringRequestMatchers(
                      "/webhooks/payments", "/webhooks/mail-events", "/newsletter/unsubscribe"))
          // Public pages carry their own caching rules; the desk keeps Spring's no-store.
          .headers(headers -> headers.cacheControl(cache -> cache.disable()))
          .sessionManagement(
              session ->
                  session.sessionCreationPolicy(
                      org.springframework.security.config.http.SessionCreationPolicy.NEVER));
      headers(http, CONTENT_SECURITY_POLICY);
      return http.build();
    }

    private static void headers(HttpSecurity http, String contentSecurityPolicy) throws Exception {
      http.headers(
          headers ->
              headers
                  .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                  .referrerPolicy(
                      referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                  .frameOptions(frames -> frames.sameOrigin()));
    }
  }
}
