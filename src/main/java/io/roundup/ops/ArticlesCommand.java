package io.roundup.ops;

import io.roundup.news.ArticlesJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "articles", description = {
        "Writes the body, title and date of every news page in DIR to OUT.json, the article scorer's input.",
        "Reads each .html/.htm page (gzipped too) as readNews does and writes",
        "{\"<name>\": {\"articleBody\": ..., \"title\": ..., \"date\": \"yyyy-mm-dd\"}}; a page that is no article",
        "gets an empty body. A plain tool: no database, no lock, no Spring context.",
        "Exit: 0 written, 2 bad arguments."})
class ArticlesCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "a folder of .html/.htm pages")
    Path dir;

    @Parameters(index = "1", paramLabel = "OUT.json", description = "the file to write")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dir)) throw new ParameterException(spec.commandLine(), "no folder " + dir);
        ArticlesJson.Written written = ArticlesJson.write(dir, out);
        cli.out.printf("%d pages, %d not articles, written to %s%n", written.pages(), written.notArticles(), out);
        return 0;
    }
}
