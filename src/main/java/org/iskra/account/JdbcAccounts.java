package org.iskra.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAccounts implements Accounts {

  private static final String COLUMNS =
      "id, email, display_name, role, disabled, created_at, totp_secret IS NOT NULL AS two_factor";

  private final JdbcClient jdbc;

  JdbcAccounts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Account insert(
      String email, String displayName, String passwordHash, Role role, Instant now) {
    return jdbc.sql(
            "INSERT INTO accounts (email, display_name, password_hash, role, created_at)"
                + " VALUES (?, ?, ?, ?, ?) RETURNING "
                + COLUMNS)
        .params(email, displayName, passwordHash, role.code(), now.toEpochMilli())
        .query(this::account)
        .single();
  }

  @Override
  public Optional<Account> findByEmail(String email) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM accounts WHERE email = ?")
        .param(email)
        .query(this::account)
        .optional();
  }

  @Override
  public Optional<Account> findById(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM accounts WHERE id = ?")
        .param(id)
        .query(this::account)
        .optional();
  }

  @Override
  public List<Account> listAll() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM accounts ORDER BY email")
        .query(this::account)
        .list();
  }

  @Override
  public Optional<String> findPasswordHash(String email) {
    return jdbc.sql("SELECT password_hash FROM accounts WHERE email = ?")
        .param(email)
        .query(String.class)
        .optional();
  }

  @Override
  public Optional<AccountState> findState(String email) {
    return jdbc.sql(
            "SELECT email, role, disabled, password_changed_at FROM accounts WHERE email = ?")
        .param(email)
        .query(
            (rs, row) ->
                new AccountState(
                    rs.getString("email"),
                    Role.fromCode(rs.getString("role")),
                    rs.getBoolean("disabled"),
                    Instant.ofEpochMilli(rs.getLong("password_changed_at"))))
        .optional();
  }

  @Override
  public Optional<String> findTotpSecret(String email) {
    return jdbc.sql("SELECT totp_secret FROM accounts WHERE email = ? AND totp_secret IS NOT NULL")
        .param(email)
        .query(String.class)
        .optional();
  }

  @Override
  public void updateRole(long id, Role role) {
    jdbc.sql("UPDATE accounts SET role = ? WHERE id = ?").params(role.code(), id).update();
  }

  @Override
  public void updateDisabled(long id, boolean disabled) {
    jdbc.sql("UPDATE accounts SET disabled = ? WHERE id = ?").params(disabled, id).update();
  }

  @Override
  public void updatePassword(String email, String passwordHash, Instant changedAt) {
    jdbc.sql("UPDATE accounts SET password_hash = ?, password_changed_at = ? WHERE email = ?")
        .params(passwordHash, changedAt.toEpochMilli(), email)
        .update();
  }

  @Override
  public void updateTotpSecret(String email, String secret) {
    jdbc.sql("UPDATE accounts SET totp_secret = ? WHERE email = ?").params(secret, email).update();
  }

  @Override
  public long countEnabledAdministrators() {
    return jdbc.sql("SELECT COUNT(*) FROM accounts WHERE role = 'admin' AND NOT disabled")
        .query(Long.class)
        .single();
  }

  @Override
  public void lockAdministrators(Instant now) {
    jdbc.sql("UPDATE account_locks SET locked_at = ? WHERE name = 'administrators'")
        .param(now.toEpochMilli())
        .update();
  }

  private Account account(ResultSet rs, int row) throws SQLException {
    return new Account(
        rs.getLong("id"),
        rs.getString("email"),
        rs.getString("display_name"),
        Role.fromCode(rs.getString("role")),
        rs.getBoolean("disabled"),
        Instant.ofEpochMilli(rs.getLong("created_at")),
        rs.getBoolean("two_factor"));
  }
}
