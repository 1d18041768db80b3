package org.bagyt.demo.internal;

import org.bagyt.demo.DemoData;
import org.bagyt.platform.BagytProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** In demo mode, fills an empty database with the demo service and lists the demo accounts. */
@Component
class DemoOnStartup implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoOnStartup.class);

  private final DemoData demo;
  private final BagytProperties properties;

  DemoOnStartup(DemoData demo, BagytProperties properties) {
    this.demo = demo;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!properties.demoEnabled()) {
      return;
    }
    if (demo.databaseIsEmpty()) {
      demo.generate(properties.demo().seed(), Math.max(1, properties.demo().scale()));
    } else {
      log.info("Database already holds data: no demo data generated");
    }
    log.info("Demo mode. Sign in at http://localhost:{}/ with any of these accounts, password '{}': {}",
        System.getProperty("local.server.port", "8080"), DemoData.DEMO_PASSWORD, String.join(", ", DemoData.ACCOUNTS.keySet()));
  }
}
