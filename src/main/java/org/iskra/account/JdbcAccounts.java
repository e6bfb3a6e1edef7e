package org.iskra.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAccounts implements Accounts {

  private static final String COLUMNS = "id, email, display_name, role, disabled, created_at";

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
  public Optional<String> findPasswordHash(String email) {
    return jdbc.sql("SELECT password_hash FROM accounts WHERE email = ?")
        .param(email)
        .query(String.class)
        .optional();
  }

  private Account account(ResultSet rs, int row) throws SQLException {
    return new Account(
        rs.getLong("id"),
        rs.getString("email"),
        rs.getString("display_name"),
        Role.fromCode(rs.getString("role")),
        rs.getBoolean("disabled"),
        Instant.ofEpochMilli(rs.getLong("created_at")));
  }
}
