package io.roundup.bench;

import io.roundup.RoundupApplication;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code prices_2workers_vs_1worker}: loadPrices partitioned remotely (RabbitMQ, PostgreSQL) to two
 * worker processes ÷ to one, on the bench's price files. Each worker runs one partition at a time
 * ({@code roundup.remote.consumers=1}), as a one-core machine would, so the ratio says what a second
 * worker adds where it brings its own core; on this machine both workers, the run and PostgreSQL
 * share two cores. Three workers stay up for all runs (one on a queue of its own, two on another),
 * so that their JIT warms up like the run's; runs alternate between the two queues, each on a
 * database made anew, and the best after the warm-up counts, as for the other price ratios.
 */
final class RemoteBench {

    private final Bench bench;
    private final Map<String, String> options;
    private final Path work;

    RemoteBench(Bench bench, Map<String, String> options, Path work) {
        this.bench = bench;
        this.options = options;
        this.work = work;
    }

    /** The ratio, or null (with a line saying why) without a database or a broker. */
    Double twoWorkersVsOne() throws Exception {
        String url = options.getOrDefault("pg-url", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = options.getOrDefault("pg-user", "postgres");
        String rabbit = options.getOrDefault("rabbit", "127.0.0.1:5672");
        String database = "roundup_bench_remote";
        String admin = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        String dbUrl = url.substring(0, url.lastIndexOf('/') + 1) + database;
        if (!recreate(admin, user, database)) {
            System.out.println("prices_2workers_vs_1worker skipped: no PostgreSQL at " + url);
            return null;
        }
        Path input = bench.priceInput(bench.number("rows", 1_000_000));
        String[] common = {"--spring.datasource.url=" + dbUrl, "--spring.datasource.username=" + user,
                "--spring.rabbitmq.host=" + rabbit.substring(0, rabbit.lastIndexOf(':')),
                "--spring.rabbitmq.port=" + rabbit.substring(rabbit.lastIndexOf(':') + 1)};
        String one = "roundup.bench.1worker";
        String two = "roundup.bench.2workers";
        List<Process> workers = new ArrayList<>();
        try {
            workers.add(worker(one, "1w-a", common));
            workers.add(worker(two, "2w-a", common));
            workers.add(worker(two, "2w-b", common));
            Bench.StepFigures alone = null;
            Bench.StepFigures pair = null;
            for (int r = 0; r < bench.warmups() + bench.repeats(); r++) {
                Bench.StepFigures f = load(input, admin, user, database, dbUrl, one, common);
                System.out.printf("prices into PostgreSQL through 1 remote worker: %,d rows in %.2f s = %,.0f rows/s%s%n",
                        f.rows(), f.seconds(), f.rate(), bench.label(r));
                alone = bench.counted(r, alone, f);
                Bench.StepFigures g = load(input, admin, user, database, dbUrl, two, common);
                System.out.printf("prices into PostgreSQL through 2 remote workers: %,d rows in %.2f s = %,.0f rows/s%s%n",
                        g.rows(), g.seconds(), g.rate(), bench.label(r));
                pair = bench.counted(r, pair, g);
            }
            System.out.printf("best of %d after warm-up: 1 worker %,.0f rows/s, 2 workers %,.0f rows/s%n", bench.repeats(),
                    alone.rate(), pair.rate());
            return pair.rate() / alone.rate();
        } finally {
            for (Process p : workers) {
                p.destroy();
                if (!p.waitFor(30, TimeUnit.SECONDS)) p.destroyForcibly();
            }
        }
    }

    /** One run of the job on a fresh database, its partitions sent to {@code queue}; loadPrices' figures. */
    private Bench.StepFigures load(Path input, String admin, String user, String database, String dbUrl, String queue,
                                   String[] common) throws Exception {
        recreate(admin, user, database);
        List<String> args = new ArrayList<>(List.of(common));
        args.addAll(List.of("--roundup.workers=remote", "--roundup.remote.queue=" + queue, "--roundup.remote.poll-interval=100ms"));
        Bench.job(input, work.resolve("remote-job"), args.toArray(String[]::new));
        return Bench.lastExecution(dbUrl, user, "", "loadPrices").figures();
    }

    private static boolean recreate(String admin, String user, String database) {
        try (Connection c = DriverManager.getConnection(admin, user, ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + database);
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** A worker process of this jar (or class path) on {@code queue}, once it says it is ready. */
    private Process worker(String queue, String name, String[] common) throws IOException, InterruptedException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        List<String> cmd = new ArrayList<>(List.of(javaBin, "-Xmx" + options.getOrDefault("xmx", "256m")));
        if (cp.endsWith(".jar") && !cp.contains(java.io.File.pathSeparator)) cmd.addAll(List.of("-jar", cp));
        else cmd.addAll(List.of("-cp", cp, RoundupApplication.class.getName()));
        cmd.addAll(List.of("worker", "--roundup.remote.queue=" + queue, "--roundup.remote.consumers=1",
                "--logging.level.root=warn", "--logging.level.roundup=info"));
        cmd.addAll(List.of(common));
        Path log = work.resolve("worker-" + name + ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.currentTimeMillis() + 180_000;
        while (!Files.readString(log).contains("worker ready")) {
            if (!p.isAlive() || System.currentTimeMillis() > deadline) {
                p.destroyForcibly();
                throw new IllegalStateException("worker " + name + " did not start; see " + log);
            }
            Thread.sleep(200);
        }
        return p;
    }
}
