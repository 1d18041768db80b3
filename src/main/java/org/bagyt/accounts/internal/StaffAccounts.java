package org.bagyt.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.bagyt.accounts.AccountRegistry;
import org.bagyt.accounts.NewAccount;
import org.bagyt.accounts.Role;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class StaffAccounts implements AccountRegistry {

  private static final String ACCOUNT_COLUMNS = """
      a.id, a.username, a.display_name, a.role, a.enabled, a.demo, a.must_change_password, a.locked_until, a.version,
      EXISTS (SELECT 1 FROM second_factor s WHERE s.account_id = a.id AND s.confirmed_at IS NOT NULL) AS second_factor,
      ARRAY(SELECT f.code FROM staff_account_facility af JOIN facility f ON f.id = af.facility_id
            WHERE af.account_id = a.id ORDER BY f.code) AS facility_codes""";

  private final JdbcClient jdbc;
  private final PasswordEncoder passwords;
  private final Clock clock;

  StaffAccounts(JdbcClient jdbc, PasswordEncoder passwords, Clock clock) {
    this.jdbc = jdbc;
    this.passwords = passwords;
    this.clock = clock;
  }

  static final int MAX_USERNAME = 64;

  /**
   * Whether this could be a user name at all: anything else is refused before it reaches the database, where a
   * NUL would cut {@code admin\u0000} short to {@code admin}.
   */
  static boolean plausibleUsername(String username) {
    return username != null && !username.isBlank() && username.length() <= MAX_USERNAME
        && username.chars().noneMatch(Character::isISOControl);
  }

  /** User names are kept lower case and compared without surrounding spaces. */
  static String normalise(String username) {
    return username.strip().toLowerCase(Locale.ROOT);
  }

  Optional<StaffPrincipal> findByUsername(String username) {
    return jdbc.sql("""
        SELECT id, username, display_name, password_hash, role, enabled, locked_until > :now AS locked,
               must_change_password AND one_time_password_expires_at <= :now AS expired
        FROM staff_account WHERE username = :username""")
        .param("now", Timestamp.from(clock.instant())).param("username", normalise(username))
        .query((rs, n) -> principal(UUID.fromString(rs.getString("id")), rs.getString("username"),
            rs.getString("display_name"), Role.valueOf(rs.getString("role")), rs.getString("password_hash"),
            rs.getBoolean("enabled"), rs.getBoolean("locked"), rs.getBoolean("expired")))
        .optional();
  }

  private StaffPrincipal principal(UUID id, String username, String displayName, Role role, String hash,
      boolean enabled, boolean locked, boolean oneTimePasswordExpired) {
    var authorities = new ArrayList<SimpleGrantedAuthority>();
    authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
    jdbc.sql("SELECT permission FROM role_permission WHERE role = ? ORDER BY permission").param(role.name())
        .query(String.class).list().forEach(p -> authorities.add(new SimpleGrantedAuthority(p)));
    var facilityIds = new ArrayList<UUID>();
    var facilityNames = new ArrayList<String>();
    jdbc.sql("""
        SELECT f.id, f.code FROM staff_account_facility s JOIN facility f ON f.id = s.facility_id
        WHERE s.account_id = ? ORDER BY f.code""").param(id)
        .query(rs -> {
          facilityIds.add(UUID.fromString(rs.getString(1)));
          facilityNames.add(rs.getString(2));
        });
    return new StaffPrincipal(id, username, displayName, role, List.copyOf(facilityIds), List.copyOf(facilityNames),
        List.copyOf(authorities), hash, enabled, locked, oneTimePasswordExpired);
  }

  Optional<StaffAccount> find(UUID id) {
    return jdbc.sql("SELECT " + ACCOUNT_COLUMNS + " FROM staff_account a WHERE a.id = ?").param(id)
        .query(StaffAccounts::account).optional();
  }

  List<StaffAccount> all() {
    return jdbc.sql("SELECT " + ACCOUNT_COLUMNS + " FROM staff_account a ORDER BY a.username")
        .query(StaffAccounts::account).list();
  }

  private static StaffAccount account(ResultSet rs, int n) throws SQLException {
    Timestamp locked = rs.getTimestamp("locked_until");
    return new StaffAccount(UUID.fromString(rs.getString("id")), rs.getString("username"),
        rs.getString("display_name"), Role.valueOf(rs.getString("role")),
        List.copyOf(Arrays.asList((String[]) rs.getArray("facility_codes").getArray())),
        rs.getBoolean("enabled"), rs.getBoolean("demo"), rs.getBoolean("must_change_password"),
        locked == null ? null : locked.toInstant(), rs.getBoolean("second_factor"), rs.getInt("version"));
  }

  boolean exists(String username) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM staff_account WHERE username = ?)").param(normalise(username))
        .query(Boolean.class).single();
  }

  /** Opens an account whose password is a one-time password: the person must choose their own first. */
  UUID open(NewAccount account, String oneTimePassword, Instant expires) {
    UUID id = jdbc.sql("""
        INSERT INTO staff_account (username, display_name, password_hash, role, must_change_password, one_time_password_expires_at)
        VALUES (?, ?, ?, ?, true, ?) RETURNING id""")
        .params(normalise(account.username()), account.displayName().strip(), passwords.encode(oneTimePassword),
            account.role().name(), Timestamp.from(expires))
        .query(UUID.class).single();
    for (UUID facility : account.facilityIds()) {
      jdbc.sql("INSERT INTO staff_account_facility (account_id, facility_id) VALUES (?, ?)").params(id, facility).update();
    }
    return id;
  }

  /** Enables or disables the account if nobody changed it since {@code version} was read. */
  void enable(UUID id, int version, boolean enabled) {
    int changed = jdbc.sql("UPDATE staff_account SET enabled = ?, version = version + 1 WHERE id = ? AND version = ?")
        .params(enabled, id, version).update();
    if (changed == 0) {
      throw new OptimisticLockingFailureException("staff_account " + id + " changed since version " + version);
    }
  }

  void touch(UUID id, int version) {
    int changed = jdbc.sql("UPDATE staff_account SET version = version + 1 WHERE id = ? AND version = ?")
        .params(id, version).update();
    if (changed == 0) {
      throw new OptimisticLockingFailureException("staff_account " + id + " changed since version " + version);
    }
  }

  /** Replaces the password with a new one-time password, if nobody changed the account since {@code version} was read. */
  void issueOneTimePassword(UUID id, int version, String oneTimePassword, Instant expires) {
    int changed = jdbc.sql("""
        UPDATE staff_account SET password_hash = ?, must_change_password = true, one_time_password_expires_at = ?,
               version = version + 1 WHERE id = ? AND version = ?""")
        .params(passwords.encode(oneTimePassword), Timestamp.from(expires), id, version).update();
    if (changed == 0) {
      throw new OptimisticLockingFailureException("staff_account " + id + " changed since version " + version);
    }
  }

  String passwordHash(UUID id) {
    return jdbc.sql("SELECT password_hash FROM staff_account WHERE id = ?").param(id).query(String.class).single();
  }

  void changePassword(UUID id, String newPassword) {
    jdbc.sql("""
        UPDATE staff_account SET password_hash = ?, must_change_password = false, one_time_password_expires_at = NULL,
               password_changed_at = ?,
               version = version + 1 WHERE id = ?""")
        .params(passwords.encode(newPassword), Timestamp.from(clock.instant()), id).update();
  }

  /**
   * Counts a failed attempt. The count starts again once an earlier lock has run out; reaching {@code limit}
   * locks the account until {@code now + lockout}. Returns the new lock's end when this attempt set it.
   */
  Optional<Instant> countFailure(String username, int limit, Duration lockout) {
    Instant now = clock.instant();
    return jdbc.sql("""
        WITH counted AS (
          SELECT id, CASE WHEN locked_until IS NOT NULL AND locked_until <= :now THEN 1 ELSE failed_attempts + 1 END AS n,
                 locked_until > :now AS still_locked
          FROM staff_account WHERE username = :username FOR UPDATE)
        UPDATE staff_account a SET failed_attempts = c.n,
               locked_until = CASE WHEN c.still_locked THEN a.locked_until
                                   WHEN c.n >= :limit THEN :until ELSE NULL END
        FROM counted c WHERE a.id = c.id
        RETURNING CASE WHEN NOT coalesce(c.still_locked, false) AND c.n >= :limit THEN a.locked_until END""")
        .param("now", Timestamp.from(now)).param("username", normalise(username)).param("limit", limit)
        .param("until", Timestamp.from(now.plus(lockout)))
        .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
        .optional().flatMap(o -> o);
  }

  void clearFailures(UUID id) {
    jdbc.sql("UPDATE staff_account SET failed_attempts = 0, locked_until = NULL WHERE id = ? AND failed_attempts > 0")
        .param(id).update();
  }

  Optional<String> language(String username) {
    return jdbc.sql("SELECT language FROM staff_account WHERE username = ? AND language IS NOT NULL").param(username)
        .query(String.class).optional();
  }

  void rememberLanguage(String username, String language) {
    jdbc.sql("UPDATE staff_account SET language = ? WHERE username = ?").params(language, username).update();
  }

  @Override
  public boolean anyAccountExists() {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM staff_account)").query(Boolean.class).single();
  }

  @Override
  @Transactional
  public void openDemoAccounts(List<NewAccount> accounts, String demoPassword) {
    // One hash for the shared documented password keeps demo start-up fast.
    String hash = passwords.encode(demoPassword);
    for (NewAccount a : accounts) {
      UUID id = jdbc.sql("""
          INSERT INTO staff_account (username, display_name, password_hash, role, demo)
          VALUES (?, ?, ?, ?, true) RETURNING id""")
          .params(a.username(), a.displayName(), hash, a.role().name()).query(UUID.class).single();
      for (UUID facility : a.facilityIds()) {
        jdbc.sql("INSERT INTO staff_account_facility (account_id, facility_id) VALUES (?, ?)")
            .params(id, facility).update();
      }
    }
  }
}
