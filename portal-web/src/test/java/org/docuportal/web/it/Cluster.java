package org.docuportal.web.it;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The several-server topology {@code deploy/cluster/run-local.sh} started, as the failsafe execution
 * {@code cluster} names it: the load balancer ({@code it.cluster.url}), each server directly
 * ({@code it.cluster.servers}, comma-separated, in the script's order) and the script itself with its
 * run folder ({@code it.cluster.script}, {@code it.cluster.run.dir}), through which a test kills a
 * server with {@code kill -9} and starts it again. Absent where no cluster was given: the tests that
 * need one are skipped.
 *
 * @param balancer the load balancer's root, ending in a slash
 * @param servers  each server's own root, ending in a slash; server 1 first
 * @param script   deploy/cluster/run-local.sh
 * @param runDir   the run folder the script started the topology in
 */
record Cluster(URI balancer, List<URI> servers, Path script, Path runDir) {

    /** The topology the system properties name, if they name one with at least two servers. */
    static Optional<Cluster> fromSystemProperties() {
        String balancer = System.getProperty("it.cluster.url", "").trim();
        String servers = System.getProperty("it.cluster.servers", "").trim();
        if (balancer.isEmpty() || servers.isEmpty()) {
            return Optional.empty();
        }
        List<URI> roots = Arrays.stream(servers.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(Cluster::root).toList();
        if (roots.size() < 2) {
            throw new IllegalArgumentException("it.cluster.servers names fewer than two servers: " + servers);
        }
        return Optional.of(new Cluster(root(balancer), roots,
                Path.of(System.getProperty("it.cluster.script", "../deploy/cluster/run-local.sh")).toAbsolutePath(),
                Path.of(System.getProperty("it.cluster.run.dir", "../deploy/cluster/run")).toAbsolutePath()));
    }

    /** Server A, the first. */
    URI a() {
        return servers.get(0);
    }

    /** Server B, the second. */
    URI b() {
        return servers.get(1);
    }

    /** Kills server {@code number} (1 = A) with SIGKILL, as a crash or the kernel's OOM killer would. */
    void kill(int number) throws IOException, InterruptedException {
        run("kill", String.valueOf(number));
    }

    /** Starts server {@code number} again and returns once its readiness check answers 200. */
    void start(int number) throws IOException, InterruptedException {
        run("start-server", String.valueOf(number));
    }

    /** Whether the server answers its readiness check with 200. */
    static boolean ready(URI server) {
        try {
            HttpURLConnection connection = (HttpURLConnection) server.resolve("health/ready").toURL().openConnection();
            connection.setConnectTimeout(2000);
            connection.setReadTimeout(5000);
            try {
                return connection.getResponseCode() == 200;
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            return false;
        }
    }

    private void run(String... arguments) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder();
        builder.command().add(script.toString());
        builder.command().addAll(List.of(arguments));
        builder.environment().put("RUN_DIR", runDir.toString());
        Process process = builder.redirectErrorStream(true).start();
        String output;
        try (var out = process.getInputStream()) {
            output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!process.waitFor(6, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", builder.command()) + " failed:\n" + output);
        }
        System.out.print(output);
    }

    private static URI root(String address) {
        return URI.create(address.endsWith("/") ? address : address + "/");
    }
}
