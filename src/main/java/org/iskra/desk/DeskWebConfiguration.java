package org.iskra.desk;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
class DeskWebConfiguration implements WebMvcConfigurer {

  private final DeskFrameInterceptor frames;

  DeskWebConfiguration(DeskFrameInterceptor frames) {
    this.frames = frames;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(frames).addPathPatterns("/desk", "/desk/**");
  }
}
