package org.bagyt.audit.internal;

import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares the application's transaction manager in place of Boot's, so that every commit carries its audit events. */
@Configuration(proxyBeanMethods = false)
class TransactionConfiguration {

  @Bean
  AuditingTransactionManager transactionManager(DataSource dataSource,
      ObjectProvider<TransactionManagerCustomizers> customizers) {
    var manager = new AuditingTransactionManager(dataSource);
    customizers.ifAvailable(c -> c.customize(manager));
    return manager;
  }
}
