package org.iskra;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Features reach each other only through their public APIs, and the module graph has no cycle. */
class ModularityTests {

  @Test
  void featuresRespectEachOthersBoundaries() {
    ApplicationModules.of(IskraApplication.class).verify();
  }
}
