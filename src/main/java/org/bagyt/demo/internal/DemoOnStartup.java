package org.bagyt.demo.internal;

import org.bagyt.demo.DemoData;
import org.bagyt.platform.BagytProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * In demo mode, fills an empty database with the demo service and lists the demo accounts. It runs once
 * the schema is migrated and before the web server opens, so nobody signs in to a half-filled service;
 * the generation is one transaction, so an interrupted start leaves the database empty, not partial.
 */
@Component
class DemoOnStartup implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(DemoOnStartup.class);

  private final DemoData demo;
  private final BagytProperties properties;

  DemoOnStartup(DemoData demo, BagytProperties properties) {
    this.demo = demo;
    this.properties = properties;
  }

  @Override
  public void afterSingletonsInstantiated() {
    if (!properties.demoEnabled()) {
      return;
    }
    if (demo.databaseIsEmpty()) {
      demo.generate(properties.demo().seed(), Math.max(1, properties.demo().scale()));
    } else {
      log.info("Database already holds data: no demo data generated");
    }
    log.info("Demo mode. Sign in with any of these accounts, password '{}': {}",
        DemoData.DEMO_PASSWORD, String.join(", ", DemoData.ACCOUNTS.keySet()));
  }
}
