package org.bagyt.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.bagyt.assessment.internal.ReviewReminders;
import org.bagyt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reminders fire exactly once even with two application nodes: two db-scheduler instances, as two nodes would run
 * them, share the test database. Each scheduled execution runs on one node only, and the reminder job, run over
 * and over by both, tells each person about each due once.
 */
class RemindersOnTwoNodesTest extends IntegrationTest {

  @Autowired
  DataSource dataSource;

  @Autowired
  ReviewReminders reminders;

  /** A node: the given tasks, and the recurring ones started on it as every node starts them. */
  private static Scheduler node(String name, DataSource dataSource, List<com.github.kagkarlsson.scheduler.task.Task<?>> tasks,
      RecurringTask<?>... recurring) {
    return Scheduler.create(dataSource, tasks).startTasks(List.of(recurring)).schedulerName(new SchedulerName.Fixed(name))
        .pollingInterval(Duration.ofMillis(100)).threads(4).build();
  }

  @Test
  void eachScheduledExecutionRunsOnOneNodeOnly() throws InterruptedException {
    Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
    OneTimeTask<Void> task = Tasks.oneTime("reminder-probe").execute((instance, context) -> {
      runs.computeIfAbsent(instance.getId(), id -> new AtomicInteger()).incrementAndGet();
    });
    var a = node("node-a", dataSource, List.of(task));
    var b = node("node-b", dataSource, List.of(task));
    try {
      a.start();
      b.start();
      for (int i = 0; i < 200; i++) {
        (i % 2 == 0 ? a : b).schedule(task.instance("due-" + i), Instant.now());
      }
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (runs.size() < 200 && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      Thread.sleep(1000); // time for a second run, were there to be one
    } finally {
      a.stop();
      b.stop();
    }
    assertThat(runs).hasSize(200);
    assertThat(runs.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
    assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'reminder-probe'").query(Integer.class)
        .single()).isZero();
  }

  @Test
  void bothNodesRunningTheReminderJobTellEachPersonOnce() throws InterruptedException {
    int dues = jdbc.sql("SELECT count(*) FROM assessment_due WHERE closed_at IS NULL AND due_on <= current_date + 14")
        .query(Integer.class).single();
    assertThat(dues).as("the demo has reviews overdue and due soon").isGreaterThan(10);
    AtomicInteger executions = new AtomicInteger();
    RecurringTask<Void> job = Tasks.recurring("assessment-reminders-on-two-nodes", FixedDelay.ofMillis(50))
        .execute((instance, context) -> {
          executions.incrementAndGet();
          reminders.send();
        });
    var a = node("node-a", dataSource, List.of(), job);
    var b = node("node-b", dataSource, List.of(), job);
    try {
      a.start();
      b.start();
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (executions.get() < 20 && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
    } finally {
      a.stop();
      b.stop();
    }
    assertThat(executions.get()).isGreaterThanOrEqualTo(20);
    // One reminder per due and kind, however often the job ran, and each recipient told once.
    assertThat(jdbc.sql("SELECT count(*) FROM assessment_reminder").query(Integer.class).single()).isGreaterThanOrEqualTo(dues);
    assertThat(jdbc.sql("SELECT count(*) FROM (SELECT due_id, kind FROM assessment_reminder GROUP BY 1, 2 HAVING count(*) > 1) x")
        .query(Integer.class).single()).isZero();
    int told = jdbc.sql("SELECT count(*) FROM staff_notification WHERE message_key LIKE 'notice.assessment-%'")
        .query(Integer.class).single();
    assertThat(told).isEqualTo(jdbc.sql("SELECT sum(recipients)::int FROM assessment_reminder").query(Integer.class).single());
    assertThat(jdbc.sql("""
        SELECT count(*) FROM (SELECT recipient, message_key, arguments FROM staff_notification
                              WHERE message_key LIKE 'notice.assessment-%' GROUP BY 1, 2, 3 HAVING count(*) > 1) x""")
        .query(Integer.class).single()).isZero();
    // Colony No. 47's governor hears of its overdue reviews, and its assessors of those due soon too.
    assertThat(jdbc.sql("SELECT count(*) FROM staff_notification WHERE recipient = 'governor' AND message_key LIKE 'notice.assessment-overdue.%'")
        .query(Integer.class).single()).isPositive();
    assertThat(jdbc.sql("SELECT count(*) FROM staff_notification WHERE recipient = 'assessor2' AND message_key LIKE 'notice.assessment-%'")
        .query(Integer.class).single()).isPositive();
  }
}
