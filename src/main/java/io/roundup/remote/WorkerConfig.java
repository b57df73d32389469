package io.roundup.remote;

import io.roundup.job.PartitionWorker;
import io.roundup.job.Partitions;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * The {@code worker} command's context: {@code roundup.remote.consumers} listeners on the queue, each
 * taking one request at a time (prefetch 1, so that requests wait on the queue for whichever worker
 * is free, and a killed worker held only those it was running) and acknowledging it once its
 * partition has run (acknowledge mode AUTO: after the listener returns).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "roundup.command", havingValue = "worker")
@EnableIntegration
class WorkerConfig {

    @Bean
    Queue workerQueue(RemoteProperties remote) {
        return Broker.queue(remote);
    }

    @Bean
    Worker worker(RemoteProperties remote, Environment env) {
        Broker.requireSharedDatabase(env, "a worker");
        return new Worker(String.format("%s consuming queue %s at %s with %d consumers, %s, database %s",
                PartitionWorker.here(), remote.queue(), Broker.address(env), remote.consumers(), remote.codeVersion(),
                env.getProperty("spring.datasource.url")));
    }

    @Bean
    PartitionRequests partitionRequestHandler(JobRepository repository, Partitions.WorkerSteps steps, RemoteProperties remote,
                                              Worker worker) {
        return new PartitionRequests(repository, steps, remote.codeVersion(), worker);
    }

    @Bean
    IntegrationFlow partitionRequestsFromBroker(ConnectionFactory connections, RemoteProperties remote,
                                                PartitionRequests requests) {
        return IntegrationFlow.from(Amqp.inboundAdapter(connections, remote.queue())
                        .messageConverter(Broker.json())
                        .configureContainer(c -> c.concurrentConsumers(remote.consumers())
                                .prefetchCount(1)
                                .acknowledgeMode(AcknowledgeMode.AUTO)
                                .defaultRequeueRejected(true)))
                .handle(requests, "handle")
                .get();
    }
}
