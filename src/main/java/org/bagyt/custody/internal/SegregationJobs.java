package org.bagyt.custody.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.bagyt.custody.SegregationLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The custody module's background job, run by db-scheduler (each execution on exactly one node): missed daily visits
 * in segregation are looked for every {@code BAGYT_SEGREGATION_VISIT_CHECK_INTERVAL} (default an hour).
 */
@Configuration(proxyBeanMethods = false)
class SegregationJobs {

  static final String MISSED_VISITS = "segregation-missed-visits";

  private static final Logger log = LoggerFactory.getLogger(SegregationJobs.class);

  @Bean
  RecurringTask<Void> segregationMissedVisits(SegregationVisits visits, SegregationLimits limits) {
    return Tasks.recurring(MISSED_VISITS, FixedDelay.of(limits.visitCheckInterval())).execute((instance, context) -> {
      int alerted = visits.alertMissed();
      if (alerted > 0) {
        log.info("Missed segregation visits alerted: {}", alerted);
      }
    });
  }
}
