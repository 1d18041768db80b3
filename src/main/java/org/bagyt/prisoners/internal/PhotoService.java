package org.bagyt.prisoners.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.bagyt.audit.AuditActions;
import org.bagyt.audit.AuditEvent;
import org.bagyt.audit.AuditTrail;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.SignedInUser;
import org.bagyt.prisoners.OutsideScope;
import org.bagyt.prisoners.PrisonerFile;
import org.bagyt.prisoners.PrisonerPhotos;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class PhotoService implements PrisonerPhotos {

  static final String PHOTO = "PRISONER_PHOTO";
  static final String UPLOAD = "prisoner.photo";

  private final Prisoners prisoners;
  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Clock clock;

  PhotoService(Prisoners prisoners, JdbcClient jdbc, AuditTrail audit, Clock clock) {
    this.prisoners = prisoners;
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void upload(UUID prisonerId, byte[] image) {
    SignedInUser user = user(UPLOAD);
    PrisonerFile file = prisoners.find(prisonerId).orElseThrow(BagytException::notFound);
    var event = AuditEvent.of(AuditActions.PHOTO_UPLOADED, PHOTO, prisonerId).forPrisoner(prisonerId)
        .atFacility(file.prisoner().facilityId());
    // Taking a photo is facility work: break-glass lets someone read a file, never change it.
    if (!prisoners.inScope(prisonerId, scope(user))) {
      throw new OutsideScope();
    }
    PhotoImage photo = PhotoImage.reencode(image);
    jdbc.sql("""
        INSERT INTO prisoner_photo (prisoner_id, jpeg, width, height, taken_at, taken_by) VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (prisoner_id) DO UPDATE SET jpeg = excluded.jpeg, width = excluded.width, height = excluded.height,
          taken_at = excluded.taken_at, taken_by = excluded.taken_by, version = prisoner_photo.version + 1""")
        .params(prisonerId, photo.jpeg, photo.width, photo.height, Timestamp.from(clock.instant()), user.username())
        .update();
    audit.record(event);
  }

  @Override
  @Transactional(noRollbackFor = OutsideScope.class)
  public Optional<byte[]> read(UUID prisonerId) {
    SignedInUser user = user(PrisonerFileService.READ);
    PrisonerFile file = prisoners.find(prisonerId).orElseThrow(BagytException::notFound);
    var event = AuditEvent.read(PHOTO, prisonerId).forPrisoner(prisonerId).atFacility(file.prisoner().facilityId());
    if (!prisoners.inScope(prisonerId, scope(user))) {
      if (prisoners.breakGlassUntil(prisonerId, user.username(), clock.instant()).isEmpty()) {
        audit.record(event.denied());
        throw new OutsideScope();
      }
      event = event.withPurpose(PrisonerFileService.BREAK_GLASS_PURPOSE);
    }
    var jpeg = jdbc.sql("SELECT jpeg FROM prisoner_photo WHERE prisoner_id = ?").param(prisonerId)
        .query(byte[].class).optional();
    if (jpeg.isPresent()) {
      audit.record(event);
    }
    return jpeg;
  }

  @Override
  public boolean exists(UUID prisonerId) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM prisoner_photo WHERE prisoner_id = ?)").param(prisonerId)
        .query(Boolean.class).single();
  }

  private static SignedInUser user(String permission) {
    if (!SignedInUser.holds(permission)) {
      throw new BagytException(HttpStatus.FORBIDDEN, "forbidden", "error.forbidden");
    }
    return SignedInUser.current().orElseThrow();
  }

  private static Prisoners.Scope scope(SignedInUser user) {
    return new Prisoners.Scope(user.username(), user.serviceWide(), user.facilityIds());
  }
}
