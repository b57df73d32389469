package io.roundup.ops;

import io.roundup.remote.Worker;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

@Command(name = "worker", description = {
        "Runs partitions for runs started with --roundup.workers=remote, until stopped (SIGTERM).",
        "Takes partition requests from the RabbitMQ queue roundup.remote.queue (broker: spring.rabbitmq.*)",
        "and runs them against the run's database (spring.datasource.url, PostgreSQL), as many at once as",
        "roundup.remote.consumers (default: the number of cores). Takes no lock: any number of workers.",
        "Exit: 1 could not start, or refused a request sent by other code (another version of roundup)."})
class WorkerCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Override
    public Integer call() throws Exception {
        return Ops.withContext(cli.springArgs, "worker", false, false, context -> context.getBean(Worker.class).awaitEnd());
    }
}
