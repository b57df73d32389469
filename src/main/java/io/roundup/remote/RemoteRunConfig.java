package io.roundup.remote;

import io.roundup.job.Partitions;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.messaging.MessageChannel;

/**
 * The run's side of remote partitioning ({@code roundup.workers=remote}): partitioned steps send
 * one request per partition to the queue (persistent, each confirmed by the broker before the next)
 * and wait for the outcome in the job repository. Without that property none of this exists and
 * nothing connects to a broker.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "roundup.workers", havingValue = "remote")
@EnableIntegration
class RemoteRunConfig {

    @Bean
    Queue partitionQueue(RemoteProperties remote) {
        return Broker.queue(remote);
    }

    @Bean
    DirectChannel partitionRequests() {
        return new DirectChannel();
    }

    /**
     * The broker's publisher confirm is awaited for every request, and the broker returns one that
     * reaches no queue (spring.rabbitmq.publisher-confirm-type=correlated, publisher-returns, set in
     * application.properties): the step fails then instead of waiting for a partition nobody got.
     */
    @Bean
    IntegrationFlow partitionRequestsToBroker(ConnectionFactory connections, RemoteProperties remote,
                                              @Qualifier("partitionRequests") MessageChannel requests) {
        RabbitTemplate template = new RabbitTemplate(connections);
        template.setMessageConverter(Broker.json());
        template.setMandatory(true);
        String version = remote.codeVersion();
        return IntegrationFlow.from(requests)
                .enrichHeaders(h -> h.header(PartitionRequests.VERSION, version))
                .handle(Amqp.outboundAdapter(template)
                        .routingKey(remote.queue())
                        .defaultDeliveryMode(MessageDeliveryMode.PERSISTENT)
                        .confirmCorrelationFunction(m -> String.valueOf(m.getPayload()))
                        .waitForConfirm(true)
                        .confirmTimeout(30_000))
                .get();
    }

    @Bean
    Partitions remotePartitions(JobRepository repository, RemoteProperties remote, Environment env,
                                @Qualifier("partitionRequests") MessageChannel requests) {
        Broker.requireSharedDatabase(env, "roundup.workers=remote");
        return new RemotePartitions(repository, remote, requests, Broker.address(env));
    }
}
