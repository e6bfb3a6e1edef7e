package org.iskra.startup;

import static org.assertj.core.api.Assertions.assertThat;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.core.env.StandardEnvironment;

class FirstPageWarmupTests {

  private static ApplicationEnvironmentPreparedEvent preparing(WebApplicationType type) {
    SpringApplication application = new SpringApplication();
    application.setWebApplicationType(type);
    return new ApplicationEnvironmentPreparedEvent(
        new DefaultBootstrapContext(), application, new String[0], new StandardEnvironment());
  }

  @Test
  void onlyWhereAWebServerWillDrawPages() {
    List<Runnable> started = new ArrayList<>();
    FirstPageWarmup warmup = new FirstPageWarmup(started::add);

    warmup.onApplicationEvent(preparing(WebApplicationType.NONE)); // a command
    assertThat(started).isEmpty();

    warmup.onApplicationEvent(preparing(WebApplicationType.SERVLET)); // the server, export-static
    assertThat(started).hasSize(1);

    started.getFirst().run();
    assertThat(Brotli4jLoader.isAvailable()).isTrue();
  }
}
