package org.camsurvey.cli;

import java.net.SocketPermission;
import java.net.URLPermission;
import java.security.Permission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The JVM {@link AirGapTest} runs camsurvey in: installed as its security manager
 * ({@code -Djava.security.manager=org.camsurvey.cli.NetworkRecorder}) it sees every attempt, from
 * any thread and any library, to resolve a host name, connect, listen or accept, and records it.
 * An attempt on a host other than the loopback is refused as well, so that a test machine on a
 * network behaves as an air-gapped laptop would; one on the loopback is let through, so that the
 * test's own server witnesses it a second time.
 *
 * <p>{@link CommandLines} prints what it recorded once its command lines have run.
 */
public final class NetworkRecorder extends SecurityManager {
  private static final List<String> ATTEMPTS = Collections.synchronizedList(new ArrayList<>());

  @Override
  public void checkPermission(Permission permission) {
    check(permission);
  }

  @Override
  public void checkPermission(Permission permission, Object context) {
    check(permission);
  }

  private static void check(Permission permission) {
    if (permission instanceof SocketPermission || permission instanceof URLPermission) {
      ATTEMPTS.add(permission.getClass().getSimpleName() + " " + permission.getName() + " " + permission.getActions());
      String host = permission.getName().replaceFirst("^[a-z]+://", "").replaceFirst("[:/].*$", "");
      if (!host.equals("127.0.0.1") && !host.equals("localhost")) {
        throw new SecurityException("camsurvey may not reach the network: " + permission);
      }
    }
  }

  /** Every network attempt recorded so far, oldest first. */
  static List<String> attempts() {
    return List.copyOf(ATTEMPTS);
  }
}
