package org.iskra.account;

/**
 * Who asks for a change to an account, and from where, as the audit log records it.
 *
 * @param email the normalised e-mail address of the signed-in account; empty for the system
 * @param clientAddress the client's IP address; empty outside a request
 */
public record Actor(String email, String clientAddress) {

  /** The server itself, e.g. a command run on it. */
  public static final Actor SYSTEM = new Actor("", "");

  public Actor {
    email = email == null ? "" : email;
    clientAddress = clientAddress == null ? "" : clientAddress;
  }
}
