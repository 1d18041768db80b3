package org.bagyt.support;

import org.bagyt.demo.DemoData;
import org.flywaydb.core.Flyway;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Gives every test class the same starting point: the schema rebuilt by its migrations and the demo
 * service generated from the fixed seed.
 */
public class ResetDatabase extends AbstractTestExecutionListener {

  @Override
  public void beforeTestClass(TestContext context) {
    reset(context);
  }

  @Override
  public void beforeTestMethod(TestContext context) {
    if (context.getTestClass().isAnnotationPresent(FreshDatabaseForEachTest.class)) {
      reset(context);
    }
  }

  private static void reset(TestContext context) {
    var app = context.getApplicationContext();
    var flyway = app.getBean(Flyway.class);
    flyway.clean();
    flyway.migrate();
    app.getBean(DemoData.class).generate(IntegrationTest.SEED, 1);
  }
}
