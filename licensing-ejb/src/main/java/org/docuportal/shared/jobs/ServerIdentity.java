package org.docuportal.shared.jobs;

import java.io.IOException;
import java.net.InetAddress;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * This server's name in the leases and claims it holds (scheduled rounds, outbox mail, packaging
 * jobs): the host name, for operators reading the tables, and
 * a random id drawn at each start, so that two servers on one host, or a server restarted while its
 * old lease still runs, never pass for the holder of a lease they did not claim.
 */
@ApplicationScoped
public class ServerIdentity {

    private final String id = describe();

    public String id() {
        return id;
    }

    private static String describe() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "server";
        }
        return (host.length() > 40 ? host.substring(0, 40) : host) + "/" + UUID.randomUUID().toString().substring(0, 8);
    }
}
