package org.bagyt.staff;

import java.util.List;
import org.bagyt.staff.AccreditationSubjects.Subject;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Two instruments to accredit staff for, so that staff tests need not wait for the assessment module's. */
@TestConfiguration(proxyBeanMethods = false)
class TestInstruments {

  static final String INSTRUMENT = "test-instrument";
  static final String OTHER = "other-instrument";

  @Bean
  AccreditationSubjects testInstruments() {
    return () -> List.of(
        new Subject(INSTRUMENT, "Сыноо куралы", "Тестовый инструмент", "Test instrument"),
        new Subject(OTHER, "Башка курал", "Другой инструмент", "Other instrument"));
  }
}
