package org.bagyt.prisoners.imports;

import java.util.List;
import java.util.function.IntConsumer;
import org.bagyt.audit.AuditActions;
import org.bagyt.audit.AuditEvent;
import org.bagyt.audit.AuditTrail;
import org.bagyt.prisoners.NewPrisoner;
import org.bagyt.prisoners.PrisonerFiles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enters checked rows into the register, in the caller's one transaction: the prisoner file's own rules
 * (beds, commitment orders, separation) apply to each part, and any refusal rolls back every part.
 */
@Component
class RegisterWriter {

  /** Rows per call to the register: small enough to report progress, large enough to keep its batches full. */
  static final int PART = 5_000;
  static final String RESOURCE = "PRISONER_IMPORT";

  private final PrisonerFiles files;
  private final AuditTrail audit;

  RegisterWriter(PrisonerFiles files, AuditTrail audit) {
    this.files = files;
    this.audit = audit;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void write(Object importId, String fileName, String sha256, CheckResult checked, IntConsumer progress) {
    List<NewPrisoner> people = checked.prisoners();
    for (int from = 0; from < people.size(); from += PART) {
      int to = Math.min(people.size(), from + PART);
      files.register(people.subList(from, to));
      progress.accept(to);
    }
    audit.record(AuditEvent.of(AuditActions.PRISONERS_IMPORTED, RESOURCE, importId)
        .withPurpose(summary(fileName, sha256, checked, people.size())));
  }

  /** What the audit trail keeps of an import: the file's name and hash, and the counts. */
  static String summary(String fileName, String sha256, CheckResult checked, int imported) {
    String name = fileName == null ? "" : fileName.length() > 200 ? fileName.substring(0, 200) : fileName;
    return "file=" + name + "; sha256=" + sha256 + "; rows=" + checked.rows() + "; bad rows=" + checked.badRows()
        + "; imported=" + imported;
  }
}
