package io.roundup.remote;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Remote partitioning: where a run ({@code roundup.workers=remote}) sends its partitions and how it
 * waits for them, and how a {@code worker} takes them. The broker itself is Spring Boot's
 * {@code spring.rabbitmq.*} (host, port, username, password, virtual-host).
 *
 * @param queue        the durable queue of partition requests; runs and workers of one database share it, and
 *                     deployments sharing a broker each need their own
 * @param pollInterval how often the run reads the job repository for its partitions' outcome
 * @param timeout      how long the run waits for all partitions of a step before it fails (exit 5; the same command
 *                     restarts the unfinished ones)
 * @param partitions   how many partitions a remotely partitioned step (loadPrices, readNews) cuts its input into, more than workers
 *                     times consumers so that a faster worker takes more
 * @param consumers    partitions one worker runs at once; 0 or unset: its number of cores
 * @param version      the code version a run stamps on its requests and a worker requires of them; unset: the
 *                     digest of the application's classes (set it only to test a refusal)
 */
@ConfigurationProperties("roundup.remote")
public record RemoteProperties(@DefaultValue("roundup.partitions") String queue,
                               @DefaultValue("1s") Duration pollInterval,
                               @DefaultValue("12h") Duration timeout,
                               @DefaultValue("16") Integer partitions,
                               Integer consumers,
                               String version) {

    public RemoteProperties {
        queue = queue == null || queue.isBlank() ? "roundup.partitions" : queue;
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        timeout = timeout == null ? Duration.ofHours(12) : timeout;
        partitions = partitions == null || partitions < 1 ? 16 : partitions;
        consumers = consumers == null || consumers < 1 ? Runtime.getRuntime().availableProcessors() : consumers;
    }

    /** The version requests carry: {@link #version} when set, else the digest of this process's code. */
    String codeVersion() {
        return version == null || version.isBlank() ? CodeVersion.ofThisProcess() : version;
    }
}
