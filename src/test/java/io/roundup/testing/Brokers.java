package io.roundup.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The RabbitMQ these machines run on 127.0.0.1:5672 (guest/guest; {@code ROUNDUP_RABBIT_HOST} and
 * {@code ROUNDUP_RABBIT_PORT} name another). Without a reachable broker a test is skipped with the
 * reason, except under {@code CI=true}, where that is a failure.
 */
public final class Brokers {

    public static final String HOST = System.getenv().getOrDefault("ROUNDUP_RABBIT_HOST", "127.0.0.1");
    public static final int PORT = Integer.parseInt(System.getenv().getOrDefault("ROUNDUP_RABBIT_PORT", "5672"));

    private Brokers() {
    }

    public static void requireRabbit() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(HOST, PORT), 2000);
        } catch (IOException e) {
            String why = "no RabbitMQ at " + HOST + ":" + PORT + " (" + e.getMessage() + ")";
            if ("true".equals(System.getenv("CI"))) throw new IllegalStateException("RabbitMQ tests cannot run in CI: " + why, e);
            assumeTrue(false, "RabbitMQ tests skipped: " + why);
        }
    }

    /** The Spring properties that point a run or a worker at this broker. */
    public static String[] properties() {
        return new String[]{"--spring.rabbitmq.host=" + HOST, "--spring.rabbitmq.port=" + PORT};
    }
}
