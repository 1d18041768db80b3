package org.bagyt.assessment.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.bagyt.assessment.ReviewSchedule;
import org.bagyt.platform.BagytProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The assessment module's background jobs, run by db-scheduler: each execution is picked by exactly one node.
 * Reminders go out every {@code BAGYT_REMINDER_INTERVAL} (default an hour); pre-release reviews are scheduled daily.
 */
@Configuration(proxyBeanMethods = false)
class AssessmentJobs {

  static final String REMINDERS = "assessment-reminders";
  static final String PRE_RELEASE = "assessment-pre-release-reviews";

  private static final Logger log = LoggerFactory.getLogger(AssessmentJobs.class);

  @Bean
  RecurringTask<Void> assessmentReminders(ReviewReminders reminders,
      @Value("${bagyt.assessment.reminder-interval:1h}") Duration interval) {
    return Tasks.recurring(REMINDERS, FixedDelay.of(interval)).execute((instance, context) -> {
      int sent = reminders.send();
      if (sent > 0) {
        log.info("Assessment reminders sent: {}", sent);
      }
    });
  }

  @Bean
  RecurringTask<Void> preReleaseReviews(ReviewSchedule schedule, BagytProperties properties) {
    // At two at night in the service's time zone, not the server's.
    return Tasks.recurring(PRE_RELEASE, Schedules.daily(properties.zone(), java.time.LocalTime.of(2, 0)))
        .execute((instance, context) -> {
          int made = schedule.scheduleReleaseReviews();
          if (made > 0) {
            log.info("Pre-release reviews made due: {}", made);
          }
        });
  }
}
