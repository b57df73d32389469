package io.roundup.remote;

import io.roundup.job.PartitionWorker;
import io.roundup.job.Partitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.messaging.MessageChannel;

import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Partitions handed to worker processes through the queue. Spring Batch's
 * {@link MessageChannelPartitionHandler} sends the requests and, since it is given the job
 * repository, polls it for the partitions' outcome rather than wait for reply messages: a reply lost
 * with a worker cannot hang the run, and a partition that another worker resumed is seen the same way.
 */
final class RemotePartitions implements Partitions {

    private static final Logger log = LoggerFactory.getLogger("roundup");

    private final JobRepository repository;
    private final RemoteProperties remote;
    private final MessageChannel requests;
    private final String broker;

    RemotePartitions(JobRepository repository, RemoteProperties remote, MessageChannel requests, String broker) {
        this.repository = repository;
        this.remote = remote;
        this.requests = requests;
        this.broker = broker;
    }

    @Override
    public PartitionHandler handler(String step, PartitionHandler local) {
        MessageChannelPartitionHandler handler = new MessageChannelPartitionHandler() {
            @Override
            protected Set<StepExecution> doHandle(StepExecution manager, Set<StepExecution> partitions) throws Exception {
                log.info("step {}: {} partitions sent to the workers on queue {} at {}; waiting for them (timeout {})",
                        step, partitions.size(), remote.queue(), broker, remote.timeout());
                try {
                    return super.doHandle(manager, PartitionWorker.inNameOrder(partitions));
                } catch (TimeoutException e) {
                    throw new IllegalStateException("step " + step + ": its partitions did not all end within "
                            + remote.timeout() + " (roundup.remote.timeout); are workers consuming queue " + remote.queue()
                            + " on " + broker + "? The same command restarts the unfinished ones", e);
                }
            }
        };
        MessagingTemplate template = new MessagingTemplate();
        template.setDefaultChannel(requests);
        handler.setStepName(step);
        handler.setMessagingOperations(template);
        handler.setJobRepository(repository);
        handler.setPollInterval(remote.pollInterval().toMillis());
        handler.setTimeout(remote.timeout().toMillis());
        handler.setGridSize(remote.partitions());
        try {
            handler.afterPropertiesSet();
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up the remote partitions of " + step, e);
        }
        return handler;
    }

    @Override
    public int groups(String step, int local) {
        return remote.partitions();
    }
}
