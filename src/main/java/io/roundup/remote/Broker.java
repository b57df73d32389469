package io.roundup.remote;

import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.support.converter.JacksonJsonMessageConverter;
import org.springframework.amqp.support.converter.MessageConverter;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.core.env.Environment;

/** What a run and its workers agree on: the queue, the message format, a database both reach. */
final class Broker {

    private Broker() {
    }

    /** Durable, so that requests outlive a broker restart (they are sent persistent). */
    static Queue queue(RemoteProperties remote) {
        return QueueBuilder.durable(remote.queue()).build();
    }

    /** Requests travel as JSON ({@code {"stepExecutionId":…,"stepName":…}}), read back only as Spring Batch's request. */
    static MessageConverter json() {
        return new JacksonJsonMessageConverter(StepExecutionRequest.class.getPackageName());
    }

    /**
     * Refuses the embedded H2 file: workers find their partitions, and write their rows, in the run's
     * database, so every process must reach it (PostgreSQL; an H2 server would do too).
     */
    static void requireSharedDatabase(Environment env, String who) {
        String url = env.getProperty("spring.datasource.url", "");
        if (url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:")) {
            throw new IllegalStateException(who + " needs a database that the run and every worker reach, such as "
                    + "PostgreSQL (--spring.datasource.url=jdbc:postgresql://HOST/DB); this one is an embedded H2 file: " + url);
        }
    }

    /** The broker as Spring Boot's properties name it, for log lines. */
    static String address(Environment env) {
        String addresses = env.getProperty("spring.rabbitmq.addresses");
        if (addresses != null && !addresses.isBlank()) return addresses;
        return env.getProperty("spring.rabbitmq.host", "localhost") + ":" + env.getProperty("spring.rabbitmq.port", "5672");
    }
}
