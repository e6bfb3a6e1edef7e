package org.iskra.account;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains: the desk (sign-in required, never cached) and the public site (open to all,
 * cacheable). Both refuse state-changing requests without a CSRF token and send the same strict
 * security headers; the public site runs no script at all.
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

    @Bean
    @Order(1)
    SecurityFilterChain desk(HttpSecurity http) throws Exception {
      http.securityMatcher("/desk", "/desk/**", "/login", "/logout")
          .authorizeHttpRequests(
              requests ->
                  requests
                      .requestMatchers("/login")
                      .permitAll()
                      .requestMatchers(
                          "/desk/audit", "/desk/audit/**", "/desk/users", "/desk/users/**")
                      .hasRole("ADMIN")
                      .anyRequest()
                      .hasAnyRole(DESK_ROLES))
          .formLogin(
              form ->
                  form.loginPage("/login")
                      .usernameParameter("email")
                      .defaultSuccessUrl("/desk", true)
                      .failureUrl("/login?error"))
          .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signed-out"))
          .sessionManagement(
              session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
      headers(http, DESK_CONTENT_SECURITY_POLICY);
      return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain publicSite(HttpSecurity http) throws Exception {
      http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
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
