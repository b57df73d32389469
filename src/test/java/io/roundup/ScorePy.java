package io.roundup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the shared scorer {@code ../shared/eval/score.py} on a predictions file and reads its last line. */
public final class ScorePy {

    public static final Path SHARED = Path.of("..", "shared");
    public static final Path SCORER = SHARED.resolve("eval/score.py");
    private static final Pattern LAST = Pattern.compile("F1 ([0-9.]+) precision ([0-9.]+) recall ([0-9.]+)");

    /** Event-level figures plus everything the scorer printed (per-field accuracies, misses). */
    public record Score(double f1, double precision, double recall, String report) {
    }

    private ScorePy() {
    }

    /** Whether the scorer and a python3 to run it are there; tests skip otherwise. */
    public static boolean available() {
        if (!Files.isRegularFile(SCORER)) return false;
        try {
            return new ProcessBuilder("python3", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    public static Score score(Path predictions, Path gold, String... extra) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("python3", SCORER.toString(), predictions.toString(),
                "--gold", gold.toString()));
        cmd.addAll(List.of(extra));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("score.py failed: " + out);
        }
        Matcher m = null;
        for (String line : out.strip().split("\n")) {
            Matcher candidate = LAST.matcher(line);
            if (candidate.find()) m = candidate;
        }
        if (m == null) throw new IllegalStateException("score.py printed no 'F1 … precision … recall …' line: " + out);
        return new Score(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)), out);
    }
}
